import Document
import Testing

/// The project file's `cluster:` settings, read key by key, with a mistake at its line.
struct ProjectClusterTests {
    @Test func settingsAreReadWithSetupLines() {
        let (matter, diagnostics) = ProjectFile.parse("cluster:\n  executor: slurm\n  partition: short\n  setup: [module load a, module load b]\n", file: "report.yml")
        #expect(diagnostics.isEmpty)
        #expect(matter.cluster == ["executor": "slurm", "partition": "short", "setup": "module load a\nmodule load b"])
    }

    @Test func anUnknownKeyIsAnErrorAtItsLine() {
        let (matter, diagnostics) = ProjectFile.parse("title: T\ncluster:\n  queue: short\n", file: "report.yml")
        #expect(matter.title == "T")
        #expect(diagnostics.first?.message.hasPrefix("'cluster' key 'queue' is not one of executor, partition") == true)
        #expect(diagnostics.first?.location.line == 3)
    }

    @Test func aChapterOverridesTheProjectKeyByKey() {
        var chapter = FrontMatter()
        chapter.cluster = ["partition": "long"]
        var project = FrontMatter()
        project.cluster = ["partition": "short", "executor": "slurm"]
        #expect(chapter.over(project).cluster == ["partition": "long", "executor": "slurm"])
    }
}
