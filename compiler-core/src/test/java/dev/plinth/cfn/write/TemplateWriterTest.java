package dev.plinth.cfn.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.plinth.cfn.Condition;
import dev.plinth.cfn.DeletionPolicy;
import dev.plinth.cfn.Fn;
import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Mapping;
import dev.plinth.cfn.Output;
import dev.plinth.cfn.Parameter;
import dev.plinth.cfn.ParameterType;
import dev.plinth.cfn.Pseudo;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Value;
import dev.plinth.manifest.TemplateFormat;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateWriterTest {

    private static GenericResource handle() {
        return GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                .build();
    }

    private static final String INTRINSICS_JSON = """
      {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Parameters": {
          "Env": {
            "Type": "String"
          }
        },
        "Mappings": {
          "Cidrs": {
            "dev": {
              "Vpc": "10.0.0.0/16"
            },
            "prod": {
              "Vpc": "10.1.0.0/16"
            }
          }
        },
        "Conditions": {
          "Both": {
            "Fn::And": [
              {
                "Condition": "IsProd"
              },
              {
                "Fn::Not": [
                  {
                    "Condition": "IsEu"
                  }
                ]
              }
            ]
          },
          "Either": {
            "Fn::Or": [
              {
                "Condition": "IsProd"
              },
              {
                "Condition": "IsEu"
              }
            ]
          },
          "IsEu": {
            "Fn::Equals": [
              {
                "Fn::Select": [
                  0,
                  {
                    "Fn::Split": [
                      "-",
                      {
                        "Ref": "AWS::Region"
                      }
                    ]
                  }
                ]
              },
              "eu"
            ]
          },
          "IsProd": {
            "Fn::Equals": [
              {
                "Ref": "Env"
              },
              "prod"
            ]
          }
        },
        "Resources": {
          "Instance": {
            "Type": "AWS::EC2::Instance",
            "Properties": {
              "ImageId": {
                "Fn::Join": [
                  ":",
                  [
                    {
                      "Ref": "AWS::Partition"
                    },
                    {
                      "Ref": "AWS::AccountId"
                    },
                    {
                      "Ref": "AWS::StackId"
                    },
                    {
                      "Ref": "AWS::URLSuffix"
                    }
                  ]
                ]
              },
              "SecurityGroupIds": {
                "Fn::Split": [
                  ",",
                  {
                    "Fn::ImportValue": "shared-sgs"
                  }
                ]
              },
              "UserData": {
                "Fn::Base64": {
                  "Fn::Sub": [
                    "echo ${Name} ${AWS::Region}",
                    {
                      "Name": {
                        "Ref": "Env"
                      }
                    }
                  ]
                }
              }
            },
            "Metadata": {
              "Zones": {
                "Fn::GetAZs": {
                  "Ref": "AWS::Region"
                }
              },
              "Topics": {
                "Ref": "AWS::NotificationARNs"
              }
            }
          },
          "Subnet": {
            "Type": "AWS::EC2::Subnet",
            "Properties": {
              "AvailabilityZone": {
                "Fn::Select": [
                  1,
                  {
                    "Fn::GetAZs": ""
                  }
                ]
              },
              "CidrBlock": {
                "Fn::Select": [
                  0,
                  {
                    "Fn::Cidr": [
                      {
                        "Fn::GetAtt": [
                          "Vpc",
                          "CidrBlock"
                        ]
                      },
                      4,
                      8
                    ]
                  }
                ]
              },
              "MapPublicIpOnLaunch": false,
              "VpcId": {
                "Ref": "Vpc"
              }
            }
          },
          "Vpc": {
            "Type": "AWS::EC2::VPC",
            "Properties": {
              "CidrBlock": {
                "Fn::FindInMap": [
                  "Cidrs",
                  {
                    "Ref": "Env"
                  },
                  "Vpc"
                ]
              },
              "InstanceTenancy": {
                "Fn::If": [
                  "IsProd",
                  "dedicated",
                  {
                    "Ref": "AWS::NoValue"
                  }
                ]
              },
              "Tags": [
                {
                  "Key": "Name",
                  "Value": {
                    "Fn::Sub": "${AWS::StackName}-vpc"
                  }
                }
              ]
            }
          }
        }
      }
      """;

    private static final String ATTRIBUTES_JSON = """
      {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Conditions": {
          "Always": {
            "Fn::Equals": [
              "a",
              "a"
            ]
          }
        },
        "Resources": {
          "Alpha": {
            "Type": "AWS::CloudFormation::WaitConditionHandle"
          },
          "Queue": {
            "Type": "AWS::SQS::Queue",
            "Condition": "Always",
            "DependsOn": [
              "Alpha",
              "Zebra"
            ],
            "Properties": {
              "DelaySeconds": 5,
              "VisibilityTimeout": 60
            },
            "Metadata": {
              "Owner": "core"
            },
            "CreationPolicy": {
              "ResourceSignal": {
                "Count": 1,
                "Timeout": "PT5M"
              }
            },
            "UpdatePolicy": {
              "AutoScalingReplacingUpdate": {
                "WillReplace": true
              }
            },
            "DeletionPolicy": "RetainExceptOnCreate",
            "UpdateReplacePolicy": "Snapshot"
          },
          "Single": {
            "Type": "AWS::CloudFormation::WaitConditionHandle",
            "DependsOn": "Alpha"
          },
          "Zebra": {
            "Type": "AWS::CloudFormation::WaitConditionHandle"
          }
        }
      }
      """;

    private static final String PARAMETERS_AND_OUTPUTS_JSON = """
      {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Description": "Parameters and outputs",
        "Metadata": {
          "AWS::CloudFormation::Interface": {
            "ParameterGroups": [
              {
                "Parameters": [
                  "Size",
                  "Name"
                ],
                "Label": {
                  "default": "Sizing"
                }
              }
            ]
          }
        },
        "Parameters": {
          "Name": {
            "Type": "String",
            "Description": "The name",
            "Default": "web",
            "AllowedValues": [
              "web",
              "api"
            ],
            "AllowedPattern": "[a-z]+",
            "ConstraintDescription": "lower-case letters",
            "MinLength": 1,
            "MaxLength": 32,
            "NoEcho": true
          },
          "Size": {
            "Type": "Number",
            "Default": "2",
            "MinValue": 1,
            "MaxValue": 10.5
          },
          "Subnets": {
            "Type": "List<AWS::EC2::Subnet::Id>",
            "Description": "Subnets"
          }
        },
        "Mappings": {
          "Sizes": {
            "small": {
              "Azs": [
                "a",
                "b"
              ],
              "Count": 1
            }
          }
        },
        "Conditions": {
          "Named": {
            "Fn::Not": [
              {
                "Fn::Equals": [
                  {
                    "Ref": "Name"
                  },
                  ""
                ]
              }
            ]
          }
        },
        "Resources": {
          "Handle": {
            "Type": "AWS::CloudFormation::WaitConditionHandle"
          }
        },
        "Outputs": {
          "Name": {
            "Description": "The name, exported",
            "Value": {
              "Ref": "Name"
            },
            "Export": {
              "Name": {
                "Fn::Sub": "${AWS::StackName}-name"
              }
            },
            "Condition": "Named"
          },
          "Zones": {
            "Value": {
              "Fn::Join": [
                ",",
                {
                  "Fn::GetAZs": ""
                }
              ]
            }
          }
        }
      }
      """;

    private static final String INTRINSICS_YAML = """
      AWSTemplateFormatVersion: "2010-09-09"
      Parameters:
        Env:
          Type: "String"
      Mappings:
        Cidrs:
          dev:
            Vpc: "10.0.0.0/16"
          prod:
            Vpc: "10.1.0.0/16"
      Conditions:
        Both:
          Fn::And:
            - Condition: "IsProd"
            - Fn::Not:
                - Condition: "IsEu"
        Either:
          Fn::Or:
            - Condition: "IsProd"
            - Condition: "IsEu"
        IsEu:
          Fn::Equals:
            - Fn::Select:
                - 0
                - Fn::Split:
                    - "-"
                    - Ref: "AWS::Region"
            - "eu"
        IsProd:
          Fn::Equals:
            - Ref: "Env"
            - "prod"
      Resources:
        Instance:
          Type: "AWS::EC2::Instance"
          Properties:
            ImageId:
              Fn::Join:
                - ":"
                -   - Ref: "AWS::Partition"
                    - Ref: "AWS::AccountId"
                    - Ref: "AWS::StackId"
                    - Ref: "AWS::URLSuffix"
            SecurityGroupIds:
              Fn::Split:
                - ","
                - Fn::ImportValue: "shared-sgs"
            UserData:
              Fn::Base64:
                Fn::Sub:
                  - "echo ${Name} ${AWS::Region}"
                  - Name:
                      Ref: "Env"
          Metadata:
            Zones:
              Fn::GetAZs:
                Ref: "AWS::Region"
            Topics:
              Ref: "AWS::NotificationARNs"
        Subnet:
          Type: "AWS::EC2::Subnet"
          Properties:
            AvailabilityZone:
              Fn::Select:
                - 1
                - Fn::GetAZs: ""
            CidrBlock:
              Fn::Select:
                - 0
                - Fn::Cidr:
                    - Fn::GetAtt:
                        - "Vpc"
                        - "CidrBlock"
                    - 4
                    - 8
            MapPublicIpOnLaunch: false
            VpcId:
              Ref: "Vpc"
        Vpc:
          Type: "AWS::EC2::VPC"
          Properties:
            CidrBlock:
              Fn::FindInMap:
                - "Cidrs"
                - Ref: "Env"
                - "Vpc"
            InstanceTenancy:
              Fn::If:
                - "IsProd"
                - "dedicated"
                - Ref: "AWS::NoValue"
            Tags:
              - Key: "Name"
                Value:
                  Fn::Sub: "${AWS::StackName}-vpc"
      """;

    private static String json(Template template) {
        return TemplateWriter.jsonString(template);
    }

    static Template intrinsics() {
        Parameter<String> env = Parameter.string().build();
        Condition isProd = Condition.of(Fn.equals(env.ref(), Value.of("prod")));
        Condition isEu = Condition.of(Fn.equals(Fn.select(0, Fn.split("-", Pseudo.region())), Value.of("eu")));
        Mapping cidrs = Mapping.builder()
                .put("prod", "Vpc", "10.1.0.0/16")
                .put("dev", "Vpc", "10.0.0.0/16")
                .build();
        GenericResource vpc = GenericResource.builder("AWS::EC2::VPC")
                .property("CidrBlock", Fn.findInMap(cidrs, env.ref(), "Vpc"))
                .property("InstanceTenancy", Fn.ifCondition(isProd, Value.of("dedicated"), Pseudo.noValue()))
                .property("Tags", Value.list(Tag.of("Name", Fn.sub("${AWS::StackName}-vpc"))))
                .build();
        GenericResource subnet = GenericResource.builder("AWS::EC2::Subnet")
                .property("VpcId", vpc.ref())
                .property("CidrBlock", Fn.select(0, Fn.cidr(vpc.getAtt("CidrBlock"), 4, 8)))
                .property("AvailabilityZone", Fn.select(1, Fn.getAZs()))
                .property("MapPublicIpOnLaunch", false)
                .build();
        GenericResource instance = GenericResource.builder("AWS::EC2::Instance")
                .property(
                        "ImageId",
                        Fn.join(":", Pseudo.partition(), Pseudo.accountId(), Pseudo.stackId(), Pseudo.urlSuffix()))
                .property("SecurityGroupIds", Fn.split(",", Fn.importValue("shared-sgs")))
                .property("UserData", Fn.base64(Fn.sub("echo ${Name} ${AWS::Region}", Map.of("Name", env.ref()))))
                .metadata("Zones", Fn.getAZs(Pseudo.region()))
                .metadata("Topics", Pseudo.notificationArns())
                .build();
        return Template.builder()
                .parameter("Env", env)
                .mapping("Cidrs", cidrs)
                .condition("IsProd", isProd)
                .condition("IsEu", isEu)
                .condition("Both", Condition.of(Fn.and(Fn.condition(isProd), Fn.not(Fn.condition(isEu)))))
                .condition("Either", Condition.of(Fn.or(Fn.condition(isProd), Fn.condition(isEu))))
                .resource("Vpc", vpc)
                .resource("Subnet", subnet)
                .resource("Instance", instance)
                .build();
    }

    static Template attributes() {
        Condition always = Condition.of(Fn.equals(Value.of("a"), Value.of("a")));
        GenericResource zebra = handle();
        GenericResource alpha = handle();
        GenericResource queue = GenericResource.builder("AWS::SQS::Queue")
                .condition(always)
                .dependsOn(zebra, alpha, zebra)
                .property("VisibilityTimeout", 60)
                .property("DelaySeconds", 5)
                .metadata("Owner", Value.of("core"))
                .creationPolicy(Value.json(Map.of("ResourceSignal", Map.of("Count", 1, "Timeout", "PT5M"))))
                .updatePolicy(Value.json(Map.of("AutoScalingReplacingUpdate", Map.of("WillReplace", true))))
                .deletionPolicy(DeletionPolicy.RETAIN_EXCEPT_ON_CREATE)
                .updateReplacePolicy(DeletionPolicy.SNAPSHOT)
                .build();
        GenericResource single = GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                .dependsOn(alpha)
                .build();
        return Template.builder()
                .condition("Always", always)
                .resource("Zebra", zebra)
                .resource("Alpha", alpha)
                .resource("Queue", queue)
                .resource("Single", single)
                .build();
    }

    static Template parametersAndOutputs() {
        Parameter<String> name = Parameter.string()
                .description("The name")
                .defaultValue("web")
                .allowedValues("web", "api")
                .allowedPattern("[a-z]+")
                .constraintDescription("lower-case letters")
                .minLength(1)
                .maxLength(32)
                .noEcho(true)
                .build();
        Parameter<Number> size =
                Parameter.number().defaultValue(2).minValue(1).maxValue(10.5).build();
        Parameter<List<String>> subnets = Parameter.builder(ParameterType.SUBNET_ID_LIST)
                .description("Subnets")
                .build();
        Condition named = Condition.of(Fn.not(Fn.equals(name.ref(), Value.of(""))));
        Map<String, Object> groups = new LinkedHashMap<>();
        groups.put("Parameters", List.of("Size", "Name"));
        groups.put("Label", Map.of("default", "Sizing"));
        GenericResource handle = handle();
        return Template.builder()
                .output("Zones", Output.of(Fn.join(",", Fn.getAZs())))
                .output(
                        "Name",
                        Output.builder(name.ref())
                                .description("The name, exported")
                                .exportName(Fn.sub("${AWS::StackName}-name"))
                                .condition(named)
                                .build())
                .resource("Handle", handle)
                .condition("Named", named)
                .mapping(
                        "Sizes",
                        Mapping.builder()
                                .put("small", "Count", 1)
                                .put("small", "Azs", List.of("a", "b"))
                                .build())
                .parameter("Subnets", subnets)
                .parameter("Size", size)
                .parameter("Name", name)
                .metadata("AWS::CloudFormation::Interface", Value.json(Map.of("ParameterGroups", List.of(groups))))
                .description("Parameters and outputs")
                .build();
    }

    @Test
    void writesEveryIntrinsicFunctionInItsLongForm() {
        assertThat(json(intrinsics())).isEqualTo(INTRINSICS_JSON);
    }

    @Test
    void writesResourceAttributesInAFixedOrderWithDependsOnSortedAndDeduplicated() {
        assertThat(json(attributes())).isEqualTo(ATTRIBUTES_JSON);
    }

    @Test
    void writesSectionsInCloudFormationOrderWhateverTheOrderTheyWereAddedIn() {
        assertThat(json(parametersAndOutputs())).isEqualTo(PARAMETERS_AND_OUTPUTS_JSON);
    }

    @Test
    void sortsResourcePropertiesButKeepsTheOrderOfFreeJsonObjects() {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Effect", "Allow");
        statement.put("Principal", Map.of("Service", "ec2.amazonaws.com"));
        statement.put("Action", "sts:AssumeRole");
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("Version", "2012-10-17");
        policy.put("Statement", List.of(statement));
        GenericResource role = GenericResource.builder("AWS::IAM::Role")
                .property("RoleName", "web")
                .propertyJson("AssumeRolePolicyDocument", policy)
                .property("Path", "/")
                .build();

        assertThat(json(Template.builder().resource("Role", role).build())).isEqualTo("""
        {
          "AWSTemplateFormatVersion": "2010-09-09",
          "Resources": {
            "Role": {
              "Type": "AWS::IAM::Role",
              "Properties": {
                "AssumeRolePolicyDocument": {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Principal": {
                        "Service": "ec2.amazonaws.com"
                      },
                      "Action": "sts:AssumeRole"
                    }
                  ]
                },
                "Path": "/",
                "RoleName": "web"
              }
            }
          }
        }
        """);
    }

    @Test
    void writesOneTransformAsAStringAndSeveralAsAList() {
        Template one = Template.builder()
                .transform("AWS::Serverless-2016-10-31")
                .resource("H", handle())
                .build();
        Template two = Template.builder()
                .transform("AWS::Serverless-2016-10-31")
                .transform("AWS::LanguageExtensions")
                .resource("H", handle())
                .build();

        assertThat(json(one)).contains("\n  \"Transform\": \"AWS::Serverless-2016-10-31\",\n  \"Resources\"");
        assertThat(json(two)).contains("""
          "Transform": [
            "AWS::Serverless-2016-10-31",
            "AWS::LanguageExtensions"
          ],
        """);
    }

    @Test
    void writesTheSameBytesEveryTime() {
        byte[] first = TemplateWriter.json(intrinsics());
        byte[] again = TemplateWriter.json(intrinsics());

        assertThat(again).isEqualTo(first);
        assertThat(TemplateWriter.yaml(intrinsics())).isEqualTo(TemplateWriter.yaml(intrinsics()));
        assertThat(TemplateWriter.write(intrinsics(), TemplateFormat.JSON)).isEqualTo(first);
    }

    @Test
    void writesUtf8WithoutEscapesAndAFinalNewline() {
        Template template = Template.builder()
                .description("Café réseau")
                .resource("H", handle())
                .build();

        byte[] bytes = TemplateWriter.json(template);

        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains("\"Description\": \"Café réseau\"")
                .endsWith("}\n")
                .doesNotContain("\r");
    }

    @Test
    void writesYamlWithQuotedStringsAndLongFormIntrinsics() {
        assertThat(TemplateWriter.yamlString(intrinsics())).isEqualTo(INTRINSICS_YAML);
    }

    @Test
    void writesYamlThatReadsBackAsTheSameTreeAsTheJson() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectMapper json = new ObjectMapper();

        for (Template template : List.of(intrinsics(), attributes(), parametersAndOutputs())) {
            assertThat(yaml.readTree(TemplateWriter.yaml(template)))
                    .isEqualTo(json.readTree(TemplateWriter.json(template)));
        }
    }

    @Test
    void quotesYamlKeysAndValuesThatWouldReadBackAsNumbersOrBooleans() {
        Mapping accounts = Mapping.builder()
                .put("012345678901", "yes", "on")
                .put("1e3", "null", "123")
                .build();

        assertThat(TemplateWriter.yamlString(Template.builder()
                        .mapping("Accounts", accounts)
                        .resource("H", handle())
                        .build()))
                .contains("""
            Mappings:
              Accounts:
                "012345678901":
                  "yes": "on"
                "1e3":
                  "null": "123"
            """);
    }

    @Test
    void throwsNamingTheValidatorWhenAReferencedResourceIsNotInTheTemplate() {
        GenericResource stray = GenericResource.builder("AWS::EC2::VPC")
                .property("CidrBlock", "10.0.0.0/16")
                .build();
        Template template = Template.builder()
                .resource(
                        "Subnet",
                        GenericResource.builder("AWS::EC2::Subnet")
                                .property("VpcId", stray.ref())
                                .build())
                .build();

        assertThatThrownBy(() -> TemplateWriter.json(template))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A reference points at a resource of type AWS::EC2::VPC that is not in this template;"
                        + " run TemplateValidator to see every such problem");
    }

    @Test
    void throwsWhenAConditionOrMappingIsNotInTheTemplate() {
        Condition stray = Condition.of(Fn.equals(Value.of("a"), Value.of("b")));
        Mapping strayMapping = Mapping.builder().put("a", "b", "c").build();
        Template withCondition = Template.builder()
                .resource(
                        "H",
                        GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                                .condition(stray)
                                .build())
                .build();
        Template withMapping = Template.builder()
                .resource(
                        "H",
                        GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                                .metadata("M", Fn.findInMap(strayMapping, Value.of("a"), "b"))
                                .build())
                .build();

        assertThatThrownBy(() -> TemplateWriter.yaml(withCondition))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a condition that is not in this template")
                .hasMessageContaining("TemplateValidator");
        assertThatThrownBy(() -> TemplateWriter.json(withMapping))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a mapping that is not in this template")
                .hasMessageContaining("TemplateValidator");
    }
}
