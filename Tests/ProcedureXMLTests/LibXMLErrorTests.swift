import CLibXML2
import Testing

@testable import ProcedureXML

/// `capturingLibXMLErrors` around code that captures too (a load inside a load, another library's
/// handler): each capture gives back the handler it found, so no error goes unheard.
@Suite struct LibXMLErrorTests {
    @Test func aCaptureGivesBackTheHandlerItFound() {
        let (_, outer) = capturingLibXMLErrors { () -> Void in
            let (_, inner) = capturingLibXMLErrors { xmlXPathFreeCompExpr(xmlXPathCompile("1 +")) }
            #expect(!inner.isEmpty)
            // After the inner capture, errors go to the outer one again.
            xmlXPathFreeCompExpr(xmlXPathCompile("2 +"))
        }
        #expect(!outer.isEmpty)
        #expect(ariane_structured_error_handler() == nil)
        #expect(ariane_structured_error_context() == nil)
    }
}
