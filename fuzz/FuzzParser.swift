// libFuzzer entry point for Grail's front end: tokenize + parse arbitrary bytes.
//
// Built by fuzz/run.sh together with Sources/GrailSyntax/**/*.swift as one module
// (so no `import GrailSyntax`). A PySyntaxError is the expected outcome for most
// inputs and is ignored; anything else (a Swift runtime trap, a stack overflow, an
// ASan report, a hang or runaway memory) is a finding.

@_cdecl("LLVMFuzzerTestOneInput")
public func grailFuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let tokens = try Tokenizer.tokenize(bytes)
        let module = try Parser(tokens, filename: "<fuzz>").parseModuleForCompile()
        _ = ASTDumper.dump(module, includeAttributes: true).utf8.count
    } catch {
        // PySyntaxError: fine.
    }
    return 0
}
