#include "aio/error.hpp"

namespace aio {

const char* error_kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::Cancelled: return "CancelledError";
    case ErrorKind::Timeout: return "TimeoutError";
    case ErrorKind::InvalidState: return "InvalidStateError";
    case ErrorKind::QueueEmpty: return "QueueEmpty";
    case ErrorKind::QueueFull: return "QueueFull";
    case ErrorKind::BrokenBarrier: return "BrokenBarrierError";
    case ErrorKind::ExceptionGroup: return "ExceptionGroup";
    case ErrorKind::Runtime: return "RuntimeError";
    case ErrorKind::Value: return "ValueError";
    case ErrorKind::Other: return "Exception";
  }
  return "Exception";
}

namespace {
std::shared_ptr<const ErrorInfo> make_info(ErrorKind kind, std::string type_name, std::string message,
                                           std::vector<Error> group = {}) {
  auto info = std::make_shared<ErrorInfo>();
  info->kind = kind;
  info->type_name = std::move(type_name);
  info->message = std::move(message);
  info->group = std::move(group);
  return info;
}
}  // namespace

Error::Error(ErrorKind kind, std::string message)
    : info_(make_info(kind, error_kind_name(kind), std::move(message))) {}

Error::Error(std::string type_name, std::string message)
    : info_(make_info(ErrorKind::Other, std::move(type_name), std::move(message))) {}

Error Error::group(std::string message, std::vector<Error> errors) {
  return Error(make_info(ErrorKind::ExceptionGroup, "ExceptionGroup", std::move(message), std::move(errors)));
}

std::string Error::describe() const {
  if (info_->message.empty()) return info_->type_name;
  return info_->type_name + ": " + info_->message;
}

}  // namespace aio
