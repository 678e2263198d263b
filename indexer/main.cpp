#include "indexer/cli.hpp"

int
main(int argc, char** argv) {
  return tally::indexer::run_cli(argc, argv);
}
