// The json module's parts shared between the encoder (json_module.cpp) and the decoder
// (json_decoder.cpp).
#pragma once

#include "py/objects.hpp"

namespace py {

Value json_loads(Thread& t, Object* self, const CallArgs& a);
Value json_load(Thread& t, Object* self, const CallArgs& a);
Type* json_decode_error_type();  // json.decoder.JSONDecodeError (a ValueError)
Type* decoder_type_object();     // json.decoder.JSONDecoder

}  // namespace py
