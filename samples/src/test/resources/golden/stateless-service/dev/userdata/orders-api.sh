#!/bin/bash
# User data for the orders-api service, rendered by Plinth from runtime-bootstrap.sh.ftl.
set -euo pipefail

# Report a failure to CloudFormation at once instead of leaving the creation policy to time out.
trap '/opt/aws/bin/cfn-signal -e $? --stack stateless-service-dev-service --resource OrdersApiGroup --region eu-west-1' ERR

dnf install -y aws-cfn-bootstrap amazon-cloudwatch-agent rsyslog logrotate
# Amazon Linux 2023 logs only to the journal; rsyslog writes the /var/log/messages the agent ships.
systemctl enable --now rsyslog

workdir=$(mktemp -d)
trap 'rm -rf "${workdir}"' EXIT
archive="${workdir}/artifact.tar.gz"
aws s3 cp --region 'eu-west-1' --no-progress 's3://orders-artifacts-dev/releases/orders-api/1.4.2/orders-api-1.4.2.tar.gz' "${archive}"
# Only the exact artifact the platform was compiled against may run.
echo "9f2c1d7e4b8a6c3f0e5d2b1a9c8e7f6d5c4b3a29180f7e6d5c4b3a2918f0e1d2  ${archive}" | sha256sum --check --strict -

if ! id -u 'orders-api' > /dev/null 2>&1; then
  useradd --system --user-group --no-create-home --home-dir '/opt/orders-api' --shell /sbin/nologin 'orders-api'
fi
# Root owns the code so that the service cannot rewrite what it runs.
install -d -m 0755 -o root -g root '/opt/orders-api'
tar -xzf "${archive}" -C '/opt/orders-api' --no-same-owner
test -x '/opt/orders-api/bin/orders-api'
install -d -m 0750 -o root -g root '/var/log/orders-api'

# systemd reads the environment file as root before it drops privileges; the service user never needs it.
install -m 0640 -o root -g root /dev/null '/etc/sysconfig/orders-api'
cat > '/etc/sysconfig/orders-api' <<'ENVIRONMENT'
DB_PASSWORD_SECRET='arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders-db'
ORDERS_ENV='dev'
ENVIRONMENT

cat > '/etc/systemd/system/orders-api.service' <<'UNIT'
[Unit]
Description=orders-api (Plinth runtime)
Wants=network-online.target
After=network-online.target

[Service]
Type=simple
User=orders-api
Group=orders-api
WorkingDirectory=/opt/orders-api
EnvironmentFile=/etc/sysconfig/orders-api
ExecStart=/opt/orders-api/bin/orders-api --port=8080
Restart=always
RestartSec=5
StateDirectory=orders-api
StandardOutput=append:/var/log/orders-api/orders-api.log
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

cat > '/etc/logrotate.d/orders-api' <<'LOGROTATE'
/var/log/orders-api/orders-api.log {
    daily
    rotate 7
    compress
    missingok
    notifempty
    copytruncate
}
LOGROTATE

systemctl daemon-reload
systemctl enable --now 'orders-api.service'

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
            "file_path": "/var/log/orders-api/orders-api.log",
            "log_group_name": "/plinth/stateless-service/dev/orders-api",
            "log_stream_name": "{instance_id}/orders-api"
          },
          {
            "file_path": "/var/log/messages",
            "log_group_name": "/plinth/stateless-service/dev/orders-api",
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
until curl -fsS --max-time 5 -o /dev/null 'http://127.0.0.1:8080/health'; do
  if (( SECONDS >= deadline )); then
    echo "orders-api did not answer on port 8080 within 300 seconds" >&2
    # A failing command, unlike exit, goes through the ERR trap and so signals the failure.
    false
  fi
  sleep 5
done

/opt/aws/bin/cfn-signal -e 0 --stack 'stateless-service-dev-service' --resource 'OrdersApiGroup' --region 'eu-west-1'
