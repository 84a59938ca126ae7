// Frame and traceback objects as Python code sees them (sys._getframe, inspect.currentframe,
// exc.__traceback__): snapshots taken when asked for, since the VM's frames are reused once they
// return. f_lineno is the line when the snapshot was taken.
#pragma once

#include "py/objects.hpp"

namespace py {

struct Frame;

// The frame object of `f` and, through f_back, of its callers; None for a null frame.
Value frame_object(Frame* f);
// exc.__traceback__: a chain of traceback objects, outermost first; None if it has no frames.
Value traceback_object(BaseException* e);
// (lineno, end_lineno, colno, end_colno) of a frame or traceback object's instruction (what
// CPython reads from co_positions); Nones where columns are unknown; null (TypeError) for
// another object.
Value object_position(Thread& t, Object* frame_or_traceback);

}  // namespace py
