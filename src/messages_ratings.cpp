// Message texts of the ratings module (see messages.hpp).
#include "messages.hpp"

namespace routekaart {

std::vector<Message> ratings_messages() {
  return {};
}

}  // namespace routekaart
