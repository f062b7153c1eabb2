#!/bin/bash
# User data for the worker service, rendered by Plinth from runtime-bootstrap.sh.ftl.
set -euo pipefail

# Report a failure to CloudFormation at once instead of leaving the creation policy to time out.
trap '/opt/aws/bin/cfn-signal -e $? --stack prod-orders --resource OrdersGroup --region eu-west-1' ERR

dnf install -y aws-cfn-bootstrap amazon-cloudwatch-agent rsyslog logrotate
# Amazon Linux 2023 logs only to the journal; rsyslog writes the /var/log/messages the agent ships.
systemctl enable --now rsyslog

workdir=$(mktemp -d)
trap 'rm -rf "${workdir}"' EXIT
archive="${workdir}/artifact.tar.gz"
aws s3 cp --region 'eu-west-1' --no-progress 's3://acme-prod-artifacts/worker/2.0.0/worker-2.0.0.tar.gz' "${archive}"
# Only the exact artifact the platform was compiled against may run.
echo "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  ${archive}" | sha256sum --check --strict -

if ! id -u 'jobs' > /dev/null 2>&1; then
  useradd --system --user-group --no-create-home --home-dir '/srv/worker' --shell /sbin/nologin 'jobs'
fi
# Root owns the code so that the service cannot rewrite what it runs.
install -d -m 0755 -o root -g root '/srv/worker'
tar -xzf "${archive}" -C '/srv/worker' --no-same-owner
test -x '/srv/worker/bin/orders'
install -d -m 0750 -o root -g root '/var/log/worker'

# systemd reads the environment file as root before it drops privileges; the service user never needs it.
install -m 0640 -o root -g root /dev/null '/etc/sysconfig/worker'
cat > '/etc/sysconfig/worker' <<'ENVIRONMENT'
ENVIRONMENT

cat > '/etc/systemd/system/worker.service' <<'UNIT'
[Unit]
Description=worker (Plinth runtime)
Wants=network-online.target
After=network-online.target

[Service]
Type=simple
User=jobs
Group=jobs
WorkingDirectory=/srv/worker
EnvironmentFile=/etc/sysconfig/worker
ExecStart=/srv/worker/bin/orders
Restart=always
RestartSec=5
StateDirectory=worker
StandardOutput=append:/var/log/worker/worker.log
StandardError=inherit
NoNewPrivileges=yes
ProtectSystem=full
ProtectHome=yes
PrivateTmp=yes
PrivateDevices=yes
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectControlGroups=yes
RestrictSUIDSGID=yes
LockPersonality=yes

[Install]
WantedBy=multi-user.target
UNIT

cat > '/etc/logrotate.d/worker' <<'LOGROTATE'
/var/log/worker/worker.log {
    daily
    rotate 7
    compress
    missingok
    notifempty
    copytruncate
}
LOGROTATE

systemctl daemon-reload
systemctl enable --now 'worker.service'

# The agent runs as root because /var/log/messages is readable only by root.
cat > /opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json <<'AGENT'
{
  "agent": {
    "region": "eu-west-1",
    "run_as_user": "root"
  },
  "logs": {
    "logs_collected": {
      "files": {
        "collect_list": [
          {
            "file_path": "/var/log/worker/worker.log",
            "log_group_name": "/plinth/prod/orders",
            "log_stream_name": "{instance_id}/worker"
          },
          {
            "file_path": "/var/log/messages",
            "log_group_name": "/plinth/prod/orders",
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

/opt/aws/bin/cfn-signal -e 0 --stack 'prod-orders' --resource 'OrdersGroup' --region 'eu-west-1'
