/// One step of the text pipeline: reads the analysis so far and refines it in place.
public protocol AnalysisStage: Sendable {
    /// A short name for explanations.
    var name: String { get }
    func apply(to analysis: inout Analysis)
}
