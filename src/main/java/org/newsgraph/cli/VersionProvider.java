package org.newsgraph.cli;

import org.newsgraph.convert.Software;
import picocli.CommandLine.IVersionProvider;

/** Reports the build's version for --version. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {Software.NAME + " " + Software.version()};
    }
}
