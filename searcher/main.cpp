#include "searcher/cli.hpp"

int
main(int argc, char** argv) {
  return tally::searcher::run_cli(argc, argv);
}
