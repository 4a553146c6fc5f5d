// libFuzzer target: bytes read as an imported CSV file (see fuzz_importer.h).
#include "fuzz_importer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return fuzzImport(data, size, TableWriter::Format::Csv);
}
