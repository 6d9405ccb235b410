// libFuzzer entry point for Grail's front end: tokenize + parse arbitrary bytes.
//
// Built by fuzz/run.sh together with Sources/GrailSyntax/**/*.swift as one module
// (so no `import GrailSyntax`). A PySyntaxError is the expected outcome for most
// inputs and is ignored; anything else (a Swift runtime trap, a stack overflow, an
// ASan report, a hang or runaway memory) is a finding.

import Foundation

/// Runs one input on a thread with a large stack, as the `grail` CLI does
/// (its front end runs on a 1 GiB-stack thread), so legal deep nesting that
/// CPython accepts (~3000 levels) is judged with the stack the product has.
@_cdecl("LLVMFuzzerTestOneInput")
public func grailFuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let done = DispatchSemaphore(value: 0)
    let worker = Thread {
        fuzzBody(bytes)
        done.signal()
    }
    worker.stackSize = 1 << 30
    worker.start()
    done.wait()
    return 0
}

func fuzzBody(_ bytes: [UInt8]) {
    do {
        let tokens = try Tokenizer.tokenize(bytes)
        let module = try Parser(tokens, filename: "<fuzz>").parseModuleForCompile()
        _ = ASTDumper.dump(module, includeAttributes: true).utf8.count
    } catch {
        // PySyntaxError: fine.
    }
}
