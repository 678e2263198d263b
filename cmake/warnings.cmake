# Warnings and sanitizers live on an INTERFACE target that every tally target links,
# never in global flags.
add_library(tally_warnings INTERFACE)
target_compile_options(tally_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)
# (-Wnull-dereference is left out: at -O2 it reports false positives inside nlohmann/json.)
# GCC 12 at -O3 reports -Wrestrict inside libstdc++ for `"literal" + std::string` (GCC bug
# 105329, a false positive fixed in GCC 13): silenced there only, so a Release build is quiet.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(tally_warnings INTERFACE -Wno-restrict)
endif()
if(TALLY_WERROR)
  target_compile_options(tally_warnings INTERFACE -Werror)
endif()
if(TALLY_SANITIZE)
  target_compile_options(tally_warnings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                   -fno-sanitize-recover=undefined)
  target_link_options(tally_warnings INTERFACE -fsanitize=address,undefined)
endif()
target_compile_definitions(tally_warnings INTERFACE TALLY_VERSION="${PROJECT_VERSION}")
