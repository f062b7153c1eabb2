#!/bin/bash
# User data for a container instance of the ECS cluster ecs-prod-containers, rendered by Plinth from ecs-instance.sh.ftl.
set -euo pipefail

# Report a failure to CloudFormation at once instead of leaving the creation policy to time out.
trap '/opt/aws/bin/cfn-signal -e $? --stack ecs-prod-cluster --resource ContainersGroup --region eu-central-1' ERR

# The ECS agent reads this file when systemd starts it, after cloud-init has run this script.
# Tasks use their task role: awsvpc tasks are kept away from the instance's metadata and role.
mkdir -p /etc/ecs
cat > /etc/ecs/ecs.config <<'ECS'
ECS_CLUSTER=ecs-prod-containers
ECS_ENABLE_SPOT_INSTANCE_DRAINING=true
ECS_CONTAINER_STOP_TIMEOUT=30s
ECS_ENABLE_TASK_IAM_ROLE=true
ECS_AWSVPC_BLOCK_IMDS=true
ECS_ENABLE_CONTAINER_METADATA=true
ECS
chmod 0644 /etc/ecs/ecs.config

dnf install -y aws-cfn-bootstrap
/opt/aws/bin/cfn-signal -e 0 --stack 'ecs-prod-cluster' --resource 'ContainersGroup' --region 'eu-central-1'
