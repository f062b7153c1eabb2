package dev.plinth.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the plinth command, with what it printed and, for the moto tests, the emulator's log tail. */
record CliRun(int code, String out, String err, String motoLog) {

    static CliRun of(MotoServer moto, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString(), moto == null ? "" : moto.logTail());
    }

    String describe() {
        return "exit " + code + "\nstdout:\n" + out + "\nstderr:\n" + err + "\nmoto log (tail):\n" + motoLog;
    }
}
