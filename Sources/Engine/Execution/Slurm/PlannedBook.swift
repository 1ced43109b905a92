extension BookRenderer {
    /// The experiments the book's plan would run (a sweep's runs one by one), without
    /// running anything; for `report plan --export`.
    public func plannedExperiments() -> [PlannedExperiment] {
        let parsed = parse()
        return ExecutionPlan(chapters: parsed.chapters, parameters: options.parameters, sourceLines: parsed.line).experiments
    }
}
