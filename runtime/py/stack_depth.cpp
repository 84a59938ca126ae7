// The deepest the value stack of a code object gets (CPython's co_stacksize): a frame's stack
// is a fixed block of that many slots, so every opcode's effect here must match what the VM's
// case for it pushes and pops (vm.cpp).
#include <bit>
#include <cassert>
#include <vector>

#include "py/code.hpp"

namespace py {

namespace {

// How an instruction changes the depth: on falling through to the next instruction, and on
// going to its argument (a jump, or a block's handler). `falls`/`jumps` false: no such path.
struct Effect {
  int next = 0;
  int target = 0;
  bool falls = true;
  bool jumps = false;
};

Effect effect_of(const Instr& in) {
  const int n = static_cast<int>(in.arg);
  auto fall = [](int d) { return Effect{d, 0, true, false}; };
  auto branch = [](int next, int target) { return Effect{next, target, true, true}; };
  auto ends = [] { return Effect{0, 0, false, false}; };
  switch (in.op) {
    case Op::NOP:
    case Op::ROT_TWO:
    case Op::ROT_THREE:
    case Op::DELETE_FAST:
    case Op::DELETE_DEREF:
    case Op::DELETE_GLOBAL:
    case Op::DELETE_NAME:
    case Op::LOAD_ATTR:
    case Op::UNARY_NEGATIVE:
    case Op::UNARY_POSITIVE:
    case Op::UNARY_INVERT:
    case Op::UNARY_NOT:
    case Op::GET_ITER:
    case Op::LIST_TO_TUPLE:
    case Op::POP_BLOCK:
    case Op::CHECK_EXC_MATCH:  // pops the type, pushes the verdict
    case Op::POP_EXCEPT:
    case Op::YIELD_VALUE:      // pops what it yields; resumed, the sent value is pushed
    case Op::GET_AWAITABLE:
    case Op::GET_AITER:
      return fall(0);
    case Op::DUP_TOP:
    case Op::LOAD_CONST:
    case Op::LOAD_FAST:
    case Op::LOAD_DEREF:
    case Op::LOAD_CLOSURE:
    case Op::LOAD_GLOBAL:
    case Op::LOAD_NAME:
    case Op::IMPORT_NAME:
    case Op::IMPORT_FROM:  // keeps the module
    case Op::LOAD_BUILD_CLASS:
    case Op::WITH_EXCEPT:
    case Op::GET_ANEXT:
    case Op::BEFORE_ASYNC_WITH:  // the manager becomes __aexit__ and __aenter__()
      return fall(1);
    case Op::DUP_TOP_TWO:
    case Op::EG_PREPARE:
      return fall(2);
    case Op::POP_TOP:
    case Op::STORE_FAST:
    case Op::STORE_DEREF:
    case Op::STORE_GLOBAL:
    case Op::STORE_NAME:
    case Op::DELETE_ATTR:
    case Op::BINARY_OP:
    case Op::INPLACE_OP:
    case Op::COMPARE_OP:
    case Op::IS_OP:
    case Op::CONTAINS_OP:
    case Op::BINARY_SUBSCR:
    case Op::LIST_APPEND:
    case Op::LIST_EXTEND:
    case Op::DICT_MERGE:
    case Op::SET_ADD:
    case Op::SET_UPDATE:
    case Op::YIELD_FROM:  // pops the value to send; resumed, pushes the next one
    case Op::EG_COLLECT:
      return fall(-1);
    case Op::STORE_ATTR:
    case Op::DELETE_SUBSCR:
    case Op::MAP_ADD:
    case Op::END_ASYNC_FOR:  // the exception and the async iterator
      return fall(-2);
    case Op::STORE_SUBSCR:
    case Op::EG_RERAISE:
      return fall(-3);
    case Op::BUILD_SLICE:
      return fall(n == 3 ? -2 : -1);
    case Op::BUILD_TUPLE:
    case Op::BUILD_LIST:
    case Op::BUILD_STRING:
      return fall(1 - n);
    case Op::BUILD_SET:
      return fall(1 - static_cast<int>(in.arg & 0x7fffffff));
    case Op::BUILD_MAP:
      return fall(1 - 2 * n);
    case Op::FORMAT_VALUE:
      return fall((in.arg & 4) ? -1 : 0);
    case Op::UNPACK_SEQUENCE:
      return fall(n - 1);
    case Op::UNPACK_EX:
      return fall(static_cast<int>(in.arg & 0xff) + static_cast<int>(in.arg >> 8));
    case Op::CALL:
      return fall(-n);
    case Op::CALL_KW:
      return fall(-n - 1);
    case Op::CALL_EX:
      return fall((in.arg & 1) ? -2 : -1);
    case Op::MAKE_FUNCTION:
      return fall(-std::popcount(in.arg & 15u));
    case Op::MATCH_PATTERN:
      return fall(-n - 1);
    case Op::JUMP:
      return Effect{0, 0, false, true};
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
      return branch(-1, -1);
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP:
      return branch(-1, 0);
    case Op::FOR_ITER:  // the next item, or the iterator popped at the end
      return branch(1, -1);
    case Op::SETUP_EXCEPT:  // the handler starts with the exception pushed at this depth
      return branch(0, 1);
    case Op::SETUP_WITH:  // the manager becomes __exit__ and __enter__(); the handler: __exit__, exception
      return branch(1, 1);
    case Op::SETUP_ASYNC_WITH:  // the block's level is below __aenter__()'s result
      return branch(0, 0);
    case Op::EG_MATCH:  // type and rest become the new rest and the match, or just the rest
      return branch(0, -1);
    case Op::RETURN_VALUE:
    case Op::RERAISE:
    case Op::RAISE:
    case Op::UNSUPPORTED:
      return ends();
  }
  return fall(0);
}

}  // namespace

int max_stack_depth(const Code& code) {
  const size_t n = code.code.size();
  std::vector<int> depth(n, -1);  // depth before each reachable instruction
  if (n == 0) return 0;
  std::vector<size_t> work{0};
  depth[0] = 0;
  int max = 0;
  auto reach = [&](size_t at, int d) {
    if (at >= n) return;
    assert(d >= 0);
    if (d > max) max = d;
    if (depth[at] >= d) return;  // the compiler's paths meet at one depth; take the larger if not
    depth[at] = d;
    work.push_back(at);
  };
  while (!work.empty()) {
    size_t i = work.back();
    work.pop_back();
    int d = depth[i];
    Effect e = effect_of(code.code[i]);
    if (e.falls) reach(i + 1, d + e.next);
    if (e.jumps) reach(code.code[i].arg, d + e.target);
    // Within an instruction the stack never goes past the larger of its depths before and after.
    if (d + e.next > max) max = d + e.next;
  }
  return max;
}

}  // namespace py
