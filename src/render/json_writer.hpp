#pragma once
// A minimal streaming JSON writer with stable key order and two-space indentation.
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace routekaart::render {

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}
  ~JsonWriter() { out_ << '\n'; }

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  /// Starts a member of the current object; follow with exactly one value or begin_*.
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  /// Any integer (not bool), written as a 64-bit number: the same on every platform, whatever
  /// `long` is there.
  template <typename T>
  requires(std::is_integral_v<T> && !std::is_same_v<T, bool>) JsonWriter& value(T number) {
    return integer(static_cast<std::int64_t>(number));
  }
  JsonWriter& value(double number);  // written with up to 2 decimals
  JsonWriter& value(bool flag);
  JsonWriter& null();
  template <typename T>
  JsonWriter& value(const std::optional<T>& maybe) {
    return maybe ? value(*maybe) : null();
  }
  /// key(name).value(v) in one call.
  template <typename T>
  JsonWriter& field(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }

 private:
  JsonWriter& integer(std::int64_t number);
  void before_value();
  JsonWriter& close(char bracket);
  void newline();

  std::ostream& out_;
  std::vector<int> counts_;  // members written at each open level
  bool after_key_ = false;
};

}  // namespace routekaart::render
