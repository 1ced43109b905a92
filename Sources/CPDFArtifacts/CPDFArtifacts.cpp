// Wraps the page content outside every marked-content sequence in /Artifact BMC ... EMC.
// The filter reads each page's content stream token by token (qpdf's tokenizer) and, where
// no BDC/BMC is open, collects one painting unit at a time: a text object (BT ... ET), a
// path with its painting operator, an XObject or shading, an inline image. A unit that
// paints is written inside an artifact sequence; one that only clips (W n) or holds tagged
// content is written as it was. Units never contain q or Q, so the new sequences nest with
// the graphics state.
#define POINTERHOLDER_TRANSITION 4  // qpdf 11: std::shared_ptr throughout, no PointerHolder
#include "CPDFArtifacts.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace {

const std::set<std::string> path_construction = {"m", "l", "c", "v", "y", "h", "re"};
const std::set<std::string> path_painting = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"};
const std::set<std::string> text_showing = {"Tj", "TJ", "'", "\""};

class ArtifactFilter : public QPDFObjectHandle::TokenFilter {
  public:
    void handleToken(QPDFTokenizer::Token const &token) override {
        operation.push_back(token);
        if (token.getType() == QPDFTokenizer::tt_word) handleOperator(token.getValue());
    }

    void handleEOF() override {
        writeUnit(false);
        writeTokens(operation);
        operation.clear();
    }

  private:
    enum class Unit { none, text, path, image };

    int depth = 0;                            // open marked-content sequences
    Unit unit = Unit::none;                   // the painting unit being collected at depth 0
    bool paints = false;                      // the unit draws something
    bool holdsMarkedContent = false;          // a BDC or BMC opened inside the unit
    std::vector<QPDFTokenizer::Token> operation;  // the operands, then the operator
    std::vector<QPDFTokenizer::Token> collected;  // the unit so far

    void handleOperator(std::string const &op) {
        bool opens = op == "BDC" || op == "BMC";
        if (opens || op == "EMC") {
            if (unit != Unit::none) {
                holdsMarkedContent = true;
                take();
            } else {
                pass();
            }
            depth += opens ? 1 : (depth > 0 ? -1 : 0);
            return;
        }
        if (depth > 0 && unit == Unit::none) return pass();
        switch (unit) {
        case Unit::text:
            if (text_showing.count(op)) paints = true;
            take();
            if (op == "ET") writeUnit(paints && !holdsMarkedContent);
            return;
        case Unit::path:
            take();
            if (path_painting.count(op)) writeUnit(op != "n" && !holdsMarkedContent);
            return;
        case Unit::image:
            take();
            if (op == "EI") writeUnit(!holdsMarkedContent);
            return;
        case Unit::none:
            break;
        }
        if (op == "BT") return begin(Unit::text);
        if (op == "BI") return begin(Unit::image);
        if (path_construction.count(op)) return begin(Unit::path);
        if (op == "Do" || op == "sh") {
            take();
            return writeUnit(true);
        }
        pass();
    }

    void begin(Unit kind) {
        unit = kind;
        paints = false;
        holdsMarkedContent = false;
        take();
    }

    // The operation read last joins the unit.
    void take() {
        collected.insert(collected.end(), operation.begin(), operation.end());
        operation.clear();
    }

    // The operation read last is written as it is.
    void pass() {
        writeTokens(operation);
        operation.clear();
    }

    void writeUnit(bool artifact) {
        if (artifact) write("\n/Artifact BMC\n");
        writeTokens(collected);
        if (artifact) write("\nEMC\n");
        collected.clear();
        unit = Unit::none;
    }

    void writeTokens(std::vector<QPDFTokenizer::Token> const &tokens) {
        for (auto const &token : tokens) writeToken(token);
    }
};

char *copy(std::string const &text) {
    char *out = static_cast<char *>(malloc(text.size() + 1));
    if (out) memcpy(out, text.c_str(), text.size() + 1);
    return out;
}

}  // namespace

extern "C" int cpdf_mark_artifacts(const unsigned char *pdf, size_t length, unsigned char **out, size_t *out_length,
                                   char **error) {
    *out = nullptr;
    *out_length = 0;
    *error = nullptr;
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("report.pdf", reinterpret_cast<char const *>(pdf), length);
        std::vector<std::shared_ptr<ArtifactFilter>> filters;
        for (auto &page : QPDFPageDocumentHelper(document).getAllPages()) {
            filters.push_back(std::make_shared<ArtifactFilter>());
            page.addContentTokenFilter(filters.back());
        }
        QPDFWriter writer(document);
        writer.setOutputMemory();
        // The final rewrite keeps the first half of this file's /ID: derived from the content
        // (not the clock), the same book gives the same bytes.
        writer.setDeterministicID(true);
        writer.write();
        std::unique_ptr<Buffer> buffer(writer.getBuffer());
        *out = static_cast<unsigned char *>(malloc(buffer->getSize()));
        if (!*out) throw std::runtime_error("out of memory");
        memcpy(*out, buffer->getBuffer(), buffer->getSize());
        *out_length = buffer->getSize();
        return 0;
    } catch (std::exception const &e) {
        *error = copy(e.what());
        return 1;
    }
}
