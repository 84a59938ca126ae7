// The whole runtime: include this one header.
#pragma once

#include "aio/async_generator.hpp"
#include "aio/clock.hpp"
#include "aio/coro.hpp"
#include "aio/error.hpp"
#include "aio/executor.hpp"
#include "aio/future.hpp"
#include "aio/handle.hpp"
#include "aio/loop.hpp"
#include "aio/result.hpp"
#include "aio/sleep.hpp"
#include "aio/task.hpp"
#include "aio/trace.hpp"
