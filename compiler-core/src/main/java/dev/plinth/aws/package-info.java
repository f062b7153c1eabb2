/**
 * Facts about AWS that the CloudFormation schemas lack, bundled as data: the regions with their
 * partitions and availability zones, and the EC2 instance types with their vCPUs, memory,
 * architectures and the regions that offer them ({@link AwsFacts}). The data is trimmed from
 * published packages by {@code compiler-core/aws-facts} (see its README). It imports only the
 * JDK, Jackson, Guava and {@code dev.plinth.diagnostics} (for the nearest-name suggestions).
 */
package dev.plinth.aws;
