// One spelling of the coroutine library for g++ (<coroutine>) and em++ 3.1.6, whose libc++
// only ships <experimental/coroutine> (TOOLCHAIN.md).
#pragma once

#if __has_include(<coroutine>)
#include <coroutine>
namespace aio::co {
using std::coroutine_handle;
using std::noop_coroutine;
using std::suspend_always;
using std::suspend_never;
}  // namespace aio::co
#else
#include <experimental/coroutine>
namespace aio::co {
using std::experimental::coroutine_handle;
using std::experimental::noop_coroutine;
using std::experimental::suspend_always;
using std::experimental::suspend_never;
}  // namespace aio::co
#endif
