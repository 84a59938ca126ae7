// Errors travel as values (no C++ exceptions in the runtime, DESIGN.md decision 4).
// An Error is a shared, immutable description of what went wrong; copies share the same
// object, so "the same exception" stays the same as it propagates (gather, wait, TaskGroup).
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace aio {

// The asyncio exception types the runtime itself raises. `Other` is any user error;
// embedders (the Python VM) derive from ErrorInfo to carry their own payload.
enum class ErrorKind {
  Cancelled,       // asyncio.CancelledError
  Timeout,         // TimeoutError
  InvalidState,    // asyncio.InvalidStateError
  QueueEmpty,      // asyncio.QueueEmpty
  QueueFull,       // asyncio.QueueFull
  BrokenBarrier,   // asyncio.BrokenBarrierError
  ExceptionGroup,  // BaseExceptionGroup (TaskGroup)
  Runtime,         // RuntimeError
  Value,           // ValueError
  Other,
};

const char* error_kind_name(ErrorKind kind);

class Error;

struct ErrorInfo {
  ErrorKind kind = ErrorKind::Other;
  std::string type_name;  // what a user sees: "CancelledError", "ValueError", "MyError", …
  std::string message;
  std::vector<Error> group;  // sub-errors of an ExceptionGroup
  virtual ~ErrorInfo() = default;
};

class Error {
 public:
  Error(ErrorKind kind, std::string message = {});
  Error(std::string type_name, std::string message);  // an `Other` error with its own type name
  explicit Error(std::shared_ptr<const ErrorInfo> info) : info_(std::move(info)) {}

  static Error cancelled(std::string message = {}) { return {ErrorKind::Cancelled, std::move(message)}; }
  static Error timeout() { return {ErrorKind::Timeout}; }
  static Error invalid_state(std::string message) { return {ErrorKind::InvalidState, std::move(message)}; }
  static Error runtime(std::string message) { return {ErrorKind::Runtime, std::move(message)}; }
  static Error group(std::string message, std::vector<Error> errors);

  ErrorKind kind() const { return info_->kind; }
  bool is(ErrorKind kind) const { return info_->kind == kind; }
  bool is_cancelled() const { return is(ErrorKind::Cancelled); }
  const std::string& type_name() const { return info_->type_name; }
  const std::string& message() const { return info_->message; }
  const std::vector<Error>& errors() const { return info_->group; }
  const ErrorInfo& info() const { return *info_; }
  const std::shared_ptr<const ErrorInfo>& info_ptr() const { return info_; }

  // "ValueError: boom", or just "CancelledError" when there is no message.
  std::string describe() const;

  // Identity: the same raised error, not an equal-looking one.
  friend bool operator==(const Error& a, const Error& b) { return a.info_ == b.info_; }

 private:
  std::shared_ptr<const ErrorInfo> info_;
};

}  // namespace aio
