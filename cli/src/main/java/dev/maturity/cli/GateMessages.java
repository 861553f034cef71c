package dev.maturity.cli;

import dev.maturity.core.gate.GateResult;
import dev.maturity.core.gate.Violation;
import dev.maturity.core.score.Report;
import java.io.PrintWriter;

/** Tells the person at the terminal (on stderr) why the gate failed, what it warns about, and which waivers expired. */
final class GateMessages {

    private GateMessages() {
    }

    static void print(Report report, GateResult verdict, PrintWriter err) {
        for (Report.WaiverEntry w : report.waivers()) {
            if (w.status().equals("expired")) {
                err.println("maturity: waiver expired and ignored: " + w.criterion() + " (" + w.location() + ", owner "
                        + w.owner() + ", expired " + w.expires() + ")");
            }
        }
        for (String w : verdict.warnings()) {
            err.println("maturity: warning: " + w);
        }
        for (String i : verdict.incomplete()) {
            err.println("maturity: incomplete: " + i);
        }
        for (Violation v : verdict.violations()) {
            err.println("maturity: gate failed: " + v.message());
        }
        err.flush();
    }
}
