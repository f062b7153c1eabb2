#!/bin/bash
# User data for the web service, rendered by Plinth from runtime-bootstrap.sh.ftl.
set -euo pipefail

# Report a failure to CloudFormation at once instead of leaving the creation policy to time out.
trap '/opt/aws/bin/cfn-signal -e $? --stack web-cdn-dev-web --resource WebGroup --region us-west-2' ERR

dnf install -y aws-cfn-bootstrap amazon-cloudwatch-agent rsyslog logrotate
# Amazon Linux 2023 logs only to the journal; rsyslog writes the /var/log/messages the agent ships.
systemctl enable --now rsyslog

workdir=$(mktemp -d)
trap 'rm -rf "${workdir}"' EXIT
archive="${workdir}/artifact.tar.gz"
aws s3 cp --region 'us-west-2' --no-progress 's3://web-artifacts-dev/releases/web/3.14.0/web-3.14.0.tar.gz' "${archive}"
# Only the exact artifact the platform was compiled against may run.
echo "e3b7c1a9d5f20486e1c3a5b7d9f1e3c5a7b9d1f3e5c7a9b1d3f5e7c9a1b3d5f7  ${archive}" | sha256sum --check --strict -

if ! id -u 'web' > /dev/null 2>&1; then
  useradd --system --user-group --no-create-home --home-dir '/opt/web' --shell /sbin/nologin 'web'
fi
# Root owns the code so that the service cannot rewrite what it runs.
install -d -m 0755 -o root -g root '/opt/web'
tar -xzf "${archive}" -C '/opt/web' --no-same-owner
test -x '/opt/web/bin/web'
install -d -m 0750 -o root -g root '/var/log/web'

# systemd reads the environment file as root before it drops privileges; the service user never needs it.
install -m 0640 -o root -g root /dev/null '/etc/sysconfig/web'
cat > '/etc/sysconfig/web' <<'ENVIRONMENT'
WEB_ENV='dev'
ENVIRONMENT

cat > '/etc/systemd/system/web.service' <<'UNIT'
[Unit]
Description=web (Plinth runtime)
Wants=network-online.target
After=network-online.target

[Service]
Type=simple
User=web
Group=web
WorkingDirectory=/opt/web
EnvironmentFile=/etc/sysconfig/web
ExecStart=/opt/web/bin/web
Restart=always
RestartSec=5
StateDirectory=web
StandardOutput=append:/var/log/web/web.log
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

cat > '/etc/logrotate.d/web' <<'LOGROTATE'
/var/log/web/web.log {
    daily
    rotate 7
    compress
    missingok
    notifempty
    copytruncate
}
LOGROTATE

systemctl daemon-reload
systemctl enable --now 'web.service'

# The agent runs as root because /var/log/messages is readable only by root.
cat > /opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json <<'AGENT'
{
  "agent": {
    "region": "us-west-2",
    "run_as_user": "root"
  },
  "logs": {
    "logs_collected": {
      "files": {
        "collect_list": [
          {
            "file_path": "/var/log/web/web.log",
            "log_group_name": "/plinth/web-cdn/dev/web",
            "log_stream_name": "{instance_id}/web"
          },
          {
            "file_path": "/var/log/messages",
            "log_group_name": "/plinth/web-cdn/dev/web",
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
until curl -fsS --max-time 5 -o /dev/null 'http://127.0.0.1:8080/ping'; do
  if (( SECONDS >= deadline )); then
    echo "web did not answer on port 8080 within 300 seconds" >&2
    # A failing command, unlike exit, goes through the ERR trap and so signals the failure.
    false
  fi
  sleep 5
done

/opt/aws/bin/cfn-signal -e 0 --stack 'web-cdn-dev-web' --resource 'WebGroup' --region 'us-west-2'
