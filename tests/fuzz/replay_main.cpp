// Runs a fuzz target over files, and over the files in folders, named on the command line,
// as libFuzzer replays a corpus: in the normal and sanitizer builds (g++) each target runs
// over its seed corpus as a regression test; scripts/fuzz builds the real fuzzers with clang.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

namespace {

void runFile(const std::filesystem::path &path, int &count)
{
    std::ifstream in(path, std::ios::binary);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)),
                                  std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    ++count;
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        if (std::filesystem::is_directory(path)) {
            for (const auto &entry : std::filesystem::recursive_directory_iterator(path)) {
                if (entry.is_regular_file())
                    runFile(entry.path(), count);
            }
        } else {
            runFile(path, count);
        }
    }
    std::printf("%d inputs replayed without a failure\n", count);
    return count > 0 ? 0 : 1; // an empty corpus proves nothing
}
