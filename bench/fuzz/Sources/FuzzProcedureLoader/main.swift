import CLibFuzzer
import Glibc
import ProcedureXML

// One loader for the whole run: compiling the schema is the slow part and is not what is being fuzzed.
private let loader: ProcedureLoader? = try? ProcedureLoader()

/// Any bytes as a procedure file: the loader must answer with a procedure or diagnostics, never crash.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    guard let loader else { fatalError("fuzz: the procedure schema did not compile") }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? loader.load(xml: bytes, file: "fuzz.xml")
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzz))
