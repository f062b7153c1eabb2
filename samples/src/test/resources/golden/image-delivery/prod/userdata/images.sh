#!/bin/bash
# User data for the images service, rendered by Plinth from runtime-bootstrap.sh.ftl.
set -euo pipefail

# Report a failure to CloudFormation at once instead of leaving the creation policy to time out.
trap '/opt/aws/bin/cfn-signal -e $? --stack image-delivery-prod-delivery --resource ImagesGroup --region us-east-1' ERR

dnf install -y aws-cfn-bootstrap amazon-cloudwatch-agent rsyslog logrotate
# Amazon Linux 2023 logs only to the journal; rsyslog writes the /var/log/messages the agent ships.
systemctl enable --now rsyslog

workdir=$(mktemp -d)
trap 'rm -rf "${workdir}"' EXIT
archive="${workdir}/artifact.tar.gz"
aws s3 cp --region 'us-east-1' --no-progress 's3://media-artifacts-prod/releases/image-server/2.8.0/image-server-2.8.0.tar.gz' "${archive}"
# Only the exact artifact the platform was compiled against may run.
echo "5a1f0c7e3b9d2a4c6e8f0b1d3a5c7e9f1b3d5a7c9e1f3b5d7a9c1e3f5b7d9a1c  ${archive}" | sha256sum --check --strict -

if ! id -u 'images' > /dev/null 2>&1; then
  useradd --system --user-group --no-create-home --home-dir '/opt/images' --shell /sbin/nologin 'images'
fi
# Root owns the code so that the service cannot rewrite what it runs.
install -d -m 0755 -o root -g root '/opt/images'
tar -xzf "${archive}" -C '/opt/images' --no-same-owner
test -x '/opt/images/bin/image-server'
install -d -m 0750 -o root -g root '/var/log/images'

# systemd reads the environment file as root before it drops privileges; the service user never needs it.
install -m 0640 -o root -g root /dev/null '/etc/sysconfig/images'
cat > '/etc/sysconfig/images' <<'ENVIRONMENT'
ORIGIN_BUCKET='media-originals-prod'
ENVIRONMENT

cat > '/etc/systemd/system/images.service' <<'UNIT'
[Unit]
Description=images (Plinth runtime)
Wants=network-online.target
After=network-online.target

[Service]
Type=simple
User=images
Group=images
WorkingDirectory=/opt/images
EnvironmentFile=/etc/sysconfig/images
ExecStart=/opt/images/bin/image-server --listen=:8080
Restart=always
RestartSec=5
StateDirectory=images
StandardOutput=append:/var/log/images/images.log
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

cat > '/etc/logrotate.d/images' <<'LOGROTATE'
/var/log/images/images.log {
    daily
    rotate 7
    compress
    missingok
    notifempty
    copytruncate
}
LOGROTATE

systemctl daemon-reload
systemctl enable --now 'images.service'

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
            "file_path": "/var/log/images/images.log",
            "log_group_name": "/plinth/image-delivery/prod/images",
            "log_stream_name": "{instance_id}/images"
          },
          {
            "file_path": "/var/log/messages",
            "log_group_name": "/plinth/image-delivery/prod/images",
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
    echo "images did not answer on port 8080 within 300 seconds" >&2
    # A failing command, unlike exit, goes through the ERR trap and so signals the failure.
    false
  fi
  sleep 5
done

/opt/aws/bin/cfn-signal -e 0 --stack 'image-delivery-prod-delivery' --resource 'ImagesGroup' --region 'us-east-1'
