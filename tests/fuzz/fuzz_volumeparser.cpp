// libFuzzer target: text typed into the cost view's token volume ("250M"). Any input may be refused; an
// accepted one must be a finite volume within the documented range.
#include "models/core/formatting/volumeparser.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<double> tokens = VolumeParser::parse(text, &error);
    if (tokens && (!std::isfinite(*tokens) || *tokens < 1 || *tokens > VolumeParser::MaximumTokens))
        std::abort();
    if (!tokens && error.isEmpty())
        std::abort(); // every refusal says why
    return 0;
}
