#!/bin/bash
# User data for the images-canary service, rendered by Plinth from runtime-bootstrap.sh.ftl.
set -euo pipefail

# Report a failure to CloudFormation at once instead of leaving the creation policy to time out.
trap '/opt/aws/bin/cfn-signal -e $? --stack image-delivery-prod-delivery --resource ImagesCanaryGroup --region us-east-1' ERR

dnf install -y aws-cfn-bootstrap amazon-cloudwatch-agent rsyslog logrotate
# Amazon Linux 2023 logs only to the journal; rsyslog writes the /var/log/messages the agent ships.
systemctl enable --now rsyslog

workdir=$(mktemp -d)
trap 'rm -rf "${workdir}"' EXIT
archive="${workdir}/artifact.tar.gz"
aws s3 cp --region 'us-east-1' --no-progress 's3://media-artifacts-prod/releases/image-server/2.9.0-rc1/image-server-2.9.0-rc1.tar.gz' "${archive}"
# Only the exact artifact the platform was compiled against may run.
echo "c3e5a7b9d1f3e5c7a9b1d3f5e7c9a1b3d5f7e9c1a3b5d7f9e1c3a5b7d9f1e3c5  ${archive}" | sha256sum --check --strict -

if ! id -u 'images-canary' > /dev/null 2>&1; then
  useradd --system --user-group --no-create-home --home-dir '/opt/images-canary' --shell /sbin/nologin 'images-canary'
fi
# Root owns the code so that the service cannot rewrite what it runs.
install -d -m 0755 -o root -g root '/opt/images-canary'
tar -xzf "${archive}" -C '/opt/images-canary' --no-same-owner
test -x '/opt/images-canary/bin/image-server'
install -d -m 0750 -o root -g root '/var/log/images-canary'

# systemd reads the environment file as root before it drops privileges; the service user never needs it.
install -m 0640 -o root -g root /dev/null '/etc/sysconfig/images-canary'
cat > '/etc/sysconfig/images-canary' <<'ENVIRONMENT'
ORIGIN_BUCKET='media-originals-prod'
ENVIRONMENT

cat > '/etc/systemd/system/images-canary.service' <<'UNIT'
[Unit]
Description=images-canary (Plinth runtime)
Wants=network-online.target
After=network-online.target

[Service]
Type=simple
User=images-canary
Group=images-canary
WorkingDirectory=/opt/images-canary
EnvironmentFile=/etc/sysconfig/images-canary
ExecStart=/opt/images-canary/bin/image-server --listen=:8080
Restart=always
RestartSec=5
StateDirectory=images-canary
StandardOutput=append:/var/log/images-canary/images-canary.log
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

cat > '/etc/logrotate.d/images-canary' <<'LOGROTATE'
/var/log/images-canary/images-canary.log {
    daily
    rotate 7
    compress
    missingok
    notifempty
    copytruncate
}
LOGROTATE

systemctl daemon-reload
systemctl enable --now 'images-canary.service'

# The agent runs as root because /var/log/messages is readable only by root.
cat > /opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json <<'AGENT'
{
  "agent": {
    "region": "us-east-1",
    "run_as_user": "root"
  },
  "logs": {
    "logs_collected": {
      "files": {
        "collect_list": [
          {
            "file_path": "/var/log/images-canary/images-canary.log",
            "log_group_name": "/plinth/image-delivery/prod/images-canary",
            "log_stream_name": "{instance_id}/images-canary"
          },
          {
            "file_path": "/var/log/messages",
            "log_group_name": "/plinth/image-delivery/prod/images-canary",
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

# Success means the service answers, not merely that systemd started it.
deadline=$((SECONDS + 300))
until curl -fsS --max-time 5 -o /dev/null 'http://127.0.0.1:8080/healthz'; do
  if (( SECONDS >= deadline )); then
    echo "images-canary did not answer on port 8080 within 300 seconds" >&2
    # A failing command, unlike exit, goes through the ERR trap and so signals the failure.
    false
  fi
  sleep 5
done

/opt/aws/bin/cfn-signal -e 0 --stack 'image-delivery-prod-delivery' --resource 'ImagesCanaryGroup' --region 'us-east-1'
