#!/bin/bash
# User data for the bastion bastion, rendered by Plinth from bastion.sh.ftl.
set -euo pipefail

# Report a failure to CloudFormation at once instead of leaving the creation policy to time out.
trap '/opt/aws/bin/cfn-signal -e $? --stack mesos-dev-bastion --resource BastionInstance --region eu-west-2' ERR

hostnamectl set-hostname 'bastion'
dnf -y update --security
dnf install -y dnf-automatic rsyslog amazon-cloudwatch-agent amazon-ssm-agent aws-cfn-bootstrap
# Amazon Linux 2023 logs only to the journal; rsyslog writes the /var/log/secure and /var/log/messages the agent ships.
systemctl enable --now rsyslog

# sshd keeps the first value it reads for a keyword and reads drop-ins in name order,
# so this file must sort before 50-redhat.conf and cloud-init's files to take effect.
cat > /etc/ssh/sshd_config.d/10-plinth-bastion.conf <<'SSHD'
PermitRootLogin no
PasswordAuthentication no
KbdInteractiveAuthentication no
X11Forwarding no
MaxAuthTries 3
AllowTcpForwarding yes
AllowAgentForwarding no
ClientAliveInterval 300
SSHD
chmod 0600 /etc/ssh/sshd_config.d/10-plinth-bastion.conf
sshd -t
systemctl reload sshd

# Security fixes are applied unattended; other updates wait for a new image.
cat > /etc/dnf/automatic.conf <<'AUTOMATIC'
[commands]
upgrade_type = security
download_updates = yes
apply_updates = yes

[emitters]
emit_via = stdio
AUTOMATIC
systemctl enable --now dnf-automatic.timer

systemctl enable --now amazon-ssm-agent

# The agent runs as root because /var/log/secure is readable only by root.
cat > /opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json <<'AGENT'
{
  "agent": {
    "region": "eu-west-2",
    "run_as_user": "root"
  },
  "logs": {
    "logs_collected": {
      "files": {
        "collect_list": [
          {
            "file_path": "/var/log/secure",
            "log_group_name": "/plinth/mesos/dev/bastion",
            "log_stream_name": "{instance_id}/secure"
          },
          {
            "file_path": "/var/log/messages",
            "log_group_name": "/plinth/mesos/dev/bastion",
            "log_stream_name": "{instance_id}/messages"
          }
        ]
      }
    }
  }
}
AGENT
/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s \
  -c file:/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json

/opt/aws/bin/cfn-signal -e 0 --stack 'mesos-dev-bastion' --resource 'BastionInstance' --region 'eu-west-2'
