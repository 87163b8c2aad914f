import CFuzzer
import FuzzHarness
import Glibc

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    BatchReaderFuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
})
