package dev.plinth.cli;

import dev.plinth.cfn.spec.ResourceSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;
import software.amazon.awssdk.core.util.VersionInfo;

/**
 * What {@code plinth --version} prints: Plinth's version and the Git commit it was built from
 * (from {@value BuildProperties#RESOURCE}, written by {@link BuildProperties} while the cli
 * module builds), the AWS SDK's version and the version of the bundled AWS resource
 * specification, which decides what {@code validate} accepts. A build without Git says
 * {@code unknown} for the commit.
 */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        Properties build = build();
        String commit = build.getProperty("commit", BuildProperties.UNKNOWN);
        if (Boolean.parseBoolean(build.getProperty("modified"))) {
            commit += " (with changes not committed)";
        }
        ResourceSpecification specification = ResourceSpecification.bundled();
        return new String[] {
            "plinth " + build.getProperty("version", BuildProperties.UNKNOWN),
            "commit " + commit,
            "AWS SDK for Java " + VersionInfo.SDK_VERSION,
            "resource specification @aws-cdk/aws-service-spec " + specification.sourceVersion() + " ("
                    + specification.resourceTypeCount() + " resource types)",
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    private static Properties build() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getClassLoader().getResourceAsStream(BuildProperties.RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BuildProperties.RESOURCE, e);
        }
        return properties;
    }
}
