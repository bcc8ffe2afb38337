// Message texts of the ecosystem module (see messages.hpp).
#include "messages.hpp"

namespace routekaart {

std::vector<Message> ecosystem_messages() {
  return {};
}

}  // namespace routekaart
