import CPoppler

/// Reads the text of a PDF file with poppler, straight from its bytes (no temporary file).
///
/// Pages are joined with a form feed (U+000C) at the start of each page after the first, the
/// convention of `pdftotext`, so the PDF-text readers see exact page boundaries. Within a page,
/// lines are rebuilt from each glyph's box (`PDFPageLines`): text set in separate columns gets
/// its own line, and a wide vertical gap becomes an empty line, as `pdftotext` prints it.
///
/// This is the only file that imports poppler; everything it allocates is freed next to the call
/// that allocated it. A file that cannot be read is an error naming it, never an empty document:
/// `pdf-encrypted`, `pdf-damaged`, or `pdf-no-text` when no page has a text layer.
public enum PDFTextExtractor {
    /// The bytes every PDF starts with.
    public static let signature: [UInt8] = Array("%PDF-".utf8)

    public static func extract(_ bytes: [UInt8], path: String) -> (text: String?, diagnostics: [Diagnostic]) {
        let file = SourceLocation(file: path, line: 0, column: 0)
        let data = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(data) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_bytes(data, nil, &error) else {
            defer { if error != nil { g_error_free(error) } }
            return (nil, [openingFailure(error?.pointee, at: file)])
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }

        let pageCount = Int(poppler_document_get_n_pages(document))
        guard pageCount > 0 else {
            return (nil, [.error(.pdfDamaged, "damaged PDF: it has no pages that can be read", at: file)])
        }
        var text: [UInt8] = []
        for index in 0..<pageCount {
            if index > 0 { text.append(0x0C) }
            guard let page = poppler_document_get_page(document, Int32(index)) else { continue }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            appendText(of: page, to: &text)
            if text.last != 0x0A { text.append(0x0A) }
        }
        guard text.contains(where: { $0 > 0x20 }) else {
            return (nil, [.error(
                .pdfNoText, "PDF without a text layer (\(pageCount) page\(pageCount == 1 ? "" : "s") of images or drawings); "
                    + "run OCR on it or add its text as a .txt file", at: file)])
        }
        return (String(decoding: text, as: UTF8.self), [])
    }
}

private extension PDFTextExtractor {
    /// The page's text with its glyph boxes, or the plain text when poppler gives no boxes.
    static func appendText(of page: OpaquePointer, to text: inout [UInt8]) {
        guard let raw = poppler_page_get_text(page) else { return }
        defer { g_free(raw) }
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        let hasLayout = poppler_page_get_text_layout(page, &rectangles, &count) != 0
        defer { g_free(rectangles) }
        let length = strlen(raw)
        raw.withMemoryRebound(to: UInt8.self, capacity: length) { start in
            let bytes = UnsafeBufferPointer(start: start, count: length)
            let boxes = hasLayout && rectangles != nil
                ? UnsafeBufferPointer(start: rectangles, count: Int(count)).map {
                    PDFGlyphBox(left: $0.x1, top: $0.y1, right: $0.x2, bottom: $0.y2)
                }
                : []
            PDFPageLines.append(bytes, boxes: boxes, to: &text)
        }
    }

    static func openingFailure(_ error: GError?, at file: SourceLocation) -> Diagnostic {
        let reason = error?.message.map { String(cString: $0) } ?? "unknown reason"
        if let error, error.domain == poppler_error_quark(), error.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
            return .error(.pdfEncrypted, "encrypted PDF: it needs a password to be read; publish an unencrypted copy", at: file)
        }
        return .error(.pdfDamaged, "damaged PDF: poppler cannot open it (\(reason))", at: file)
    }
}
