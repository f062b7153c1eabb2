package dev.plinth.cfn;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An intrinsic function. Create them with {@link Fn} and {@link Pseudo}; references hold the
 * element they point at, and logical ids are resolved when the template is written.
 */
public abstract class Intrinsic<T> extends Value<T> {

  private Intrinsic() {}

  /** The function's name as written in a template: {@code Ref}, {@code Fn::GetAtt}, … */
  public abstract String functionName();

  /** {@code Ref} to a resource or a parameter of the same template. */
  public static final class Ref<T> extends Intrinsic<T> {
    private final Object target;

    Ref(Object target) {
      this.target = Objects.requireNonNull(target, "target");
    }

    /** A {@link Resource} or a {@link Parameter}. */
    public Object target() {
      return target;
    }

    @Override
    public String functionName() {
      return "Ref";
    }
  }

  /** {@code Ref} to a pseudo parameter such as {@code AWS::Region}. */
  public static final class PseudoRef<T> extends Intrinsic<T> {
    private final String name;
    private final boolean list;

    PseudoRef(String name, boolean list) {
      this.name = name;
      this.list = list;
    }

    /** The full name, such as {@code AWS::Region}. */
    public String name() {
      return name;
    }

    public boolean isList() {
      return list;
    }

    @Override
    public String functionName() {
      return "Ref";
    }
  }

  /** {@code Fn::GetAtt}. */
  public static final class GetAtt<T> extends Intrinsic<T> {
    private final Resource target;
    private final String attribute;
    private final boolean list;

    GetAtt(Resource target, String attribute, boolean list) {
      this.target = Objects.requireNonNull(target, "target");
      this.attribute = Objects.requireNonNull(attribute, "attribute");
      this.list = list;
    }

    public Resource target() {
      return target;
    }

    public String attribute() {
      return attribute;
    }

    /** Whether the caller takes the attribute to be a list. */
    public boolean isList() {
      return list;
    }

    @Override
    public String functionName() {
      return "Fn::GetAtt";
    }
  }

  /** {@code Fn::Sub}, with its own variables when it has any. */
  public static final class Sub extends Intrinsic<String> {
    private final String template;
    private final ImmutableMap<String, Value<?>> variables;

    Sub(String template, ImmutableMap<String, Value<?>> variables) {
      this.template = Objects.requireNonNull(template, "template");
      this.variables = variables;
    }

    public String template() {
      return template;
    }

    public Map<String, Value<?>> variables() {
      return variables;
    }

    @Override
    public String functionName() {
      return "Fn::Sub";
    }
  }

  /** {@code Fn::Join}. */
  public static final class Join extends Intrinsic<String> {
    private final String delimiter;
    private final Value<?> list;

    Join(String delimiter, Value<?> list) {
      this.delimiter = Objects.requireNonNull(delimiter, "delimiter");
      this.list = Objects.requireNonNull(list, "list");
    }

    public String delimiter() {
      return delimiter;
    }

    public Value<?> list() {
      return list;
    }

    @Override
    public String functionName() {
      return "Fn::Join";
    }
  }

  /** {@code Fn::Select}. */
  public static final class Select<T> extends Intrinsic<T> {
    private final Value<?> index;
    private final Value<?> list;

    Select(Value<?> index, Value<?> list) {
      this.index = Objects.requireNonNull(index, "index");
      this.list = Objects.requireNonNull(list, "list");
    }

    public Value<?> index() {
      return index;
    }

    public Value<?> list() {
      return list;
    }

    @Override
    public String functionName() {
      return "Fn::Select";
    }
  }

  /** {@code Fn::Split}. */
  public static final class Split extends Intrinsic<List<String>> {
    private final String delimiter;
    private final Value<String> source;

    Split(String delimiter, Value<String> source) {
      this.delimiter = Objects.requireNonNull(delimiter, "delimiter");
      this.source = Objects.requireNonNull(source, "source");
    }

    public String delimiter() {
      return delimiter;
    }

    public Value<String> source() {
      return source;
    }

    @Override
    public String functionName() {
      return "Fn::Split";
    }
  }

  /** {@code Fn::If}. */
  public static final class If<T> extends Intrinsic<T> {
    private final Condition condition;
    private final Value<?> whenTrue;
    private final Value<?> whenFalse;

    If(Condition condition, Value<?> whenTrue, Value<?> whenFalse) {
      this.condition = Objects.requireNonNull(condition, "condition");
      this.whenTrue = Objects.requireNonNull(whenTrue, "whenTrue");
      this.whenFalse = Objects.requireNonNull(whenFalse, "whenFalse");
    }

    public Condition condition() {
      return condition;
    }

    public Value<?> whenTrue() {
      return whenTrue;
    }

    public Value<?> whenFalse() {
      return whenFalse;
    }

    @Override
    public String functionName() {
      return "Fn::If";
    }
  }

  /** {@code Fn::ImportValue}: reads another stack's export. */
  public static final class ImportValue extends Intrinsic<String> {
    private final Value<String> exportName;

    ImportValue(Value<String> exportName) {
      this.exportName = Objects.requireNonNull(exportName, "exportName");
    }

    public Value<String> exportName() {
      return exportName;
    }

    @Override
    public String functionName() {
      return "Fn::ImportValue";
    }
  }

  /** {@code Fn::Base64}. */
  public static final class Base64 extends Intrinsic<String> {
    private final Value<String> source;

    Base64(Value<String> source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    public Value<String> source() {
      return source;
    }

    @Override
    public String functionName() {
      return "Fn::Base64";
    }
  }

  /** {@code Fn::GetAZs}. */
  public static final class GetAZs extends Intrinsic<List<String>> {
    private final Value<String> region;

    GetAZs(Value<String> region) {
      this.region = Objects.requireNonNull(region, "region");
    }

    public Value<String> region() {
      return region;
    }

    @Override
    public String functionName() {
      return "Fn::GetAZs";
    }
  }

  /** {@code Fn::Cidr}. */
  public static final class Cidr extends Intrinsic<List<String>> {
    private final Value<String> ipBlock;
    private final Value<?> count;
    private final Value<?> cidrBits;

    Cidr(Value<String> ipBlock, Value<?> count, Value<?> cidrBits) {
      this.ipBlock = Objects.requireNonNull(ipBlock, "ipBlock");
      this.count = Objects.requireNonNull(count, "count");
      this.cidrBits = Objects.requireNonNull(cidrBits, "cidrBits");
    }

    public Value<String> ipBlock() {
      return ipBlock;
    }

    public Value<?> count() {
      return count;
    }

    public Value<?> cidrBits() {
      return cidrBits;
    }

    @Override
    public String functionName() {
      return "Fn::Cidr";
    }
  }

  /** {@code Fn::FindInMap}. */
  public static final class FindInMap<T> extends Intrinsic<T> {
    private final Mapping mapping;
    private final Value<String> topLevelKey;
    private final Value<String> secondLevelKey;

    FindInMap(Mapping mapping, Value<String> topLevelKey, Value<String> secondLevelKey) {
      this.mapping = Objects.requireNonNull(mapping, "mapping");
      this.topLevelKey = Objects.requireNonNull(topLevelKey, "topLevelKey");
      this.secondLevelKey = Objects.requireNonNull(secondLevelKey, "secondLevelKey");
    }

    public Mapping mapping() {
      return mapping;
    }

    public Value<String> topLevelKey() {
      return topLevelKey;
    }

    public Value<String> secondLevelKey() {
      return secondLevelKey;
    }

    @Override
    public String functionName() {
      return "Fn::FindInMap";
    }
  }
}
