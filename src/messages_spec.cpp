// Message texts of the spec module (see messages.hpp).
#include "messages.hpp"

namespace routekaart {

std::vector<Message> spec_messages() {
  return {};
}

}  // namespace routekaart
