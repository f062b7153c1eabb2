#!/bin/bash
# User data for the orders service, rendered by Plinth from runtime-bootstrap.sh.ftl.
set -euo pipefail

# Report a failure to CloudFormation at once instead of leaving the creation policy to time out.
trap '/opt/aws/bin/cfn-signal -e $? --stack prod-orders --resource OrdersGroup --region eu-west-1' ERR

dnf install -y aws-cfn-bootstrap amazon-cloudwatch-agent rsyslog logrotate
# Amazon Linux 2023 logs only to the journal; rsyslog writes the /var/log/messages the agent ships.
systemctl enable --now rsyslog

workdir=$(mktemp -d)
trap 'rm -rf "${workdir}"' EXIT
archive="${workdir}/artifact.tar.gz"
aws s3 cp --region 'eu-west-1' --no-progress 's3://acme-prod-artifacts/orders/1.4.2/orders-1.4.2.tar.gz' "${archive}"
# Only the exact artifact the platform was compiled against may run.
echo "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  ${archive}" | sha256sum --check --strict -

if ! id -u 'orders' > /dev/null 2>&1; then
  useradd --system --user-group --no-create-home --home-dir '/opt/orders' --shell /sbin/nologin 'orders'
fi
# Root owns the code so that the service cannot rewrite what it runs.
install -d -m 0755 -o root -g root '/opt/orders'
tar -xzf "${archive}" -C '/opt/orders' --no-same-owner
test -x '/opt/orders/bin/orders'
install -d -m 0750 -o root -g root '/var/log/orders'

# systemd reads the environment file as root before it drops privileges; the service user never needs it.
install -m 0640 -o root -g root /dev/null '/etc/sysconfig/orders'
cat > '/etc/sysconfig/orders' <<'ENVIRONMENT'
GREETING='it'"'"'s ${HOME} and `date`'
JAVA_OPTS='-Xmx512m -XX:+UseG1GC'
SPRING_PROFILES_ACTIVE='prod'
ENVIRONMENT

cat > '/etc/systemd/system/orders.service' <<'UNIT'
[Unit]
Description=orders (Plinth runtime)
Wants=network-online.target
After=network-online.target

[Service]
Type=simple
User=orders
Group=orders
WorkingDirectory=/opt/orders
EnvironmentFile=/etc/sysconfig/orders
ExecStart=/opt/orders/bin/orders --port=8080 --config=/opt/orders/conf/app.yaml
Restart=always
RestartSec=5
StateDirectory=orders
StandardOutput=append:/var/log/orders/orders.log
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

cat > '/etc/logrotate.d/orders' <<'LOGROTATE'
/var/log/orders/orders.log {
    daily
    rotate 7
    compress
    missingok
    notifempty
    copytruncate
}
LOGROTATE

systemctl daemon-reload
systemctl enable --now 'orders.service'

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
            "file_path": "/var/log/orders/orders.log",
            "log_group_name": "/plinth/prod/orders",
            "log_stream_name": "{instance_id}/orders"
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

# Success means the service answers, not merely that systemd started it.
deadline=$((SECONDS + 240))
until curl -fsS --max-time 5 -o /dev/null 'http://127.0.0.1:8080/healthz'; do
  if (( SECONDS >= deadline )); then
    echo "orders did not answer on port 8080 within 240 seconds" >&2
    # A failing command, unlike exit, goes through the ERR trap and so signals the failure.
    false
  fi
  sleep 5
done

/opt/aws/bin/cfn-signal -e 0 --stack 'prod-orders' --resource 'OrdersGroup' --region 'eu-west-1'
