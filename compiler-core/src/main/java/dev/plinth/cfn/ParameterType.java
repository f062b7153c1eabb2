package dev.plinth.cfn;

import java.util.List;
import java.util.Objects;

/**
 * A CloudFormation parameter type, typed by the value a {@code Ref} to the parameter gives:
 * the plain types, the AWS-specific types (validated by CloudFormation against the account),
 * their lists, and the Systems Manager parameter types.
 */
public final class ParameterType<T> {
    public static final ParameterType<String> STRING = new ParameterType<>("String", Kind.STRING);
    public static final ParameterType<Number> NUMBER = new ParameterType<>("Number", Kind.NUMBER);
    public static final ParameterType<List<Number>> NUMBER_LIST = new ParameterType<>("List<Number>", Kind.LIST);
    public static final ParameterType<List<String>> COMMA_DELIMITED_LIST =
            new ParameterType<>("CommaDelimitedList", Kind.LIST);

    public static final ParameterType<String> AVAILABILITY_ZONE_NAME = aws("AWS::EC2::AvailabilityZone::Name");
    public static final ParameterType<String> IMAGE_ID = aws("AWS::EC2::Image::Id");
    public static final ParameterType<String> INSTANCE_ID = aws("AWS::EC2::Instance::Id");
    public static final ParameterType<String> KEY_PAIR_NAME = aws("AWS::EC2::KeyPair::KeyName");
    public static final ParameterType<String> SECURITY_GROUP_NAME = aws("AWS::EC2::SecurityGroup::GroupName");
    public static final ParameterType<String> SECURITY_GROUP_ID = aws("AWS::EC2::SecurityGroup::Id");
    public static final ParameterType<String> SUBNET_ID = aws("AWS::EC2::Subnet::Id");
    public static final ParameterType<String> VOLUME_ID = aws("AWS::EC2::Volume::Id");
    public static final ParameterType<String> VPC_ID = aws("AWS::EC2::VPC::Id");
    public static final ParameterType<String> HOSTED_ZONE_ID = aws("AWS::Route53::HostedZone::Id");

    public static final ParameterType<List<String>> AVAILABILITY_ZONE_NAME_LIST = listOf(AVAILABILITY_ZONE_NAME);
    public static final ParameterType<List<String>> IMAGE_ID_LIST = listOf(IMAGE_ID);
    public static final ParameterType<List<String>> INSTANCE_ID_LIST = listOf(INSTANCE_ID);
    public static final ParameterType<List<String>> SECURITY_GROUP_NAME_LIST = listOf(SECURITY_GROUP_NAME);
    public static final ParameterType<List<String>> SECURITY_GROUP_ID_LIST = listOf(SECURITY_GROUP_ID);
    public static final ParameterType<List<String>> SUBNET_ID_LIST = listOf(SUBNET_ID);
    public static final ParameterType<List<String>> VOLUME_ID_LIST = listOf(VOLUME_ID);
    public static final ParameterType<List<String>> VPC_ID_LIST = listOf(VPC_ID);
    public static final ParameterType<List<String>> HOSTED_ZONE_ID_LIST = listOf(HOSTED_ZONE_ID);

    /** The name of a Systems Manager parameter. */
    public static final ParameterType<String> SSM_PARAMETER_NAME =
            new ParameterType<>("AWS::SSM::Parameter::Name", Kind.STRING);

    /** The value of a Systems Manager parameter, read when the stack is created or updated. */
    public static final ParameterType<String> SSM_STRING = ssmValue(STRING);

    public static final ParameterType<List<String>> SSM_STRING_LIST =
            new ParameterType<>("AWS::SSM::Parameter::Value<List<String>>", Kind.LIST);
    public static final ParameterType<List<String>> SSM_COMMA_DELIMITED_LIST = ssmValue(COMMA_DELIMITED_LIST);
    /** An AMI id kept in a Systems Manager parameter (the public ones for Amazon Linux, ECS, …). */
    public static final ParameterType<String> SSM_IMAGE_ID = ssmValue(IMAGE_ID);

    private enum Kind {
        STRING,
        NUMBER,
        LIST
    }

    private final String name;
    private final Kind kind;

    private ParameterType(String name, Kind kind) {
        this.name = name;
        this.kind = kind;
    }

    private static ParameterType<String> aws(String name) {
        return new ParameterType<>(name, Kind.STRING);
    }

    private static ParameterType<List<String>> listOf(ParameterType<String> element) {
        return new ParameterType<>("List<" + element.name + ">", Kind.LIST);
    }

    /** {@code AWS::SSM::Parameter::Value<TYPE>} for a plain or AWS-specific type, or a list of one. */
    public static <T> ParameterType<T> ssmValue(ParameterType<T> valueType) {
        if (valueType.name.startsWith("AWS::SSM::") || valueType == NUMBER || valueType == NUMBER_LIST) {
            throw new IllegalArgumentException(
                    "Systems Manager parameters hold strings, lists and AWS-specific types, not " + valueType.name);
        }
        return new ParameterType<>("AWS::SSM::Parameter::Value<" + valueType.name + ">", valueType.kind);
    }

    /** The type as written in the template. */
    public String name() {
        return name;
    }

    public boolean isList() {
        return kind == Kind.LIST;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** Whether the type accepts the string constraints (AllowedPattern, MinLength, MaxLength). */
    public boolean isString() {
        return kind == Kind.STRING;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterType<?> that && that.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
