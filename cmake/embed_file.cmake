# Script mode: writes OUT, a C++ source defining tally::data::SYMBOL() over the bytes of IN.
file(READ ${IN} hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR byte_count "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," body "${hex}")
file(WRITE ${OUT}
"// Generated from ${IN}; do not edit.\n#include <string_view>\nnamespace tally::data {\nnamespace {\nconstexpr char kBytes[] = {${body} 0};\n}\nstd::string_view ${SYMBOL}() { return {kBytes, ${byte_count}}; }\n}  // namespace tally::data\n")
