#!/bin/bash
# User data for the [=serviceName] service, rendered by Plinth from runtime-bootstrap.sh.ftl.
set -euo pipefail

# Report a failure to CloudFormation at once instead of leaving the creation policy to time out.
trap '/opt/aws/bin/cfn-signal -e $? --stack [=stackName] --resource [=resourceLogicalId] --region [=region]' ERR

dnf install -y aws-cfn-bootstrap amazon-cloudwatch-agent rsyslog logrotate
# Amazon Linux 2023 logs only to the journal; rsyslog writes the /var/log/messages the agent ships.
systemctl enable --now rsyslog

workdir=$(mktemp -d)
trap 'rm -rf "${workdir}"' EXIT
archive="${workdir}/artifact.tar.gz"
aws s3 cp --region [=shellQuote(region)] --no-progress [=shellQuote("s3://" + artifactBucket + "/" + artifactKey)] "${archive}"
# Only the exact artifact the platform was compiled against may run.
echo "[=artifactSha256]  ${archive}" | sha256sum --check --strict -

if ! id -u [=shellQuote(runAsUser)] > /dev/null 2>&1; then
  useradd --system --user-group --no-create-home --home-dir [=shellQuote(installDir)] --shell /sbin/nologin [=shellQuote(runAsUser)]
fi
# Root owns the code so that the service cannot rewrite what it runs.
install -d -m 0755 -o root -g root [=shellQuote(installDir)]
tar -xzf "${archive}" -C [=shellQuote(installDir)] --no-same-owner
test -x [=shellQuote(installDir + "/" + executable)]
install -d -m 0750 -o root -g root [=shellQuote("/var/log/" + serviceName)]

# systemd reads the environment file as root before it drops privileges; the service user never needs it.
install -m 0640 -o root -g root /dev/null [=shellQuote("/etc/sysconfig/" + serviceName)]
cat > [=shellQuote("/etc/sysconfig/" + serviceName)] <<'ENVIRONMENT'
[#list environment as name, value]
[=name]=[=shellQuote(value)]
[/#list]
ENVIRONMENT

cat > [=shellQuote("/etc/systemd/system/" + serviceName + ".service")] <<'UNIT'
[Unit]
Description=[=serviceName] (Plinth runtime)
Wants=network-online.target
After=network-online.target

[Service]
Type=simple
User=[=runAsUser]
Group=[=runAsUser]
WorkingDirectory=[=installDir]
EnvironmentFile=/etc/sysconfig/[=serviceName]
ExecStart=[=installDir]/[=executable][#list arguments as argument] [=argument][/#list]
Restart=always
RestartSec=5
StateDirectory=[=serviceName]
StandardOutput=append:/var/log/[=serviceName]/[=serviceName].log
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

cat > [=shellQuote("/etc/logrotate.d/" + serviceName)] <<'LOGROTATE'
/var/log/[=serviceName]/[=serviceName].log {
    daily
    rotate 7
    compress
    missingok
    notifempty
    copytruncate
}
LOGROTATE

systemctl daemon-reload
systemctl enable --now [=shellQuote(serviceName + ".service")]

# The agent runs as root because /var/log/messages is readable only by root.
cat > /opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json <<'AGENT'
{
  "agent": {
    "region": "[=region]",
    "run_as_user": "root"
  },
  "logs": {
    "logs_collected": {
      "files": {
        "collect_list": [
          {
            "file_path": "/var/log/[=serviceName]/[=serviceName].log",
            "log_group_name": "[=logGroupName]",
            "log_stream_name": "{instance_id}/[=serviceName]"
          },
          {
            "file_path": "/var/log/messages",
            "log_group_name": "[=logGroupName]",
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
[#if healthCheckPath??]

# Success means the service answers, not merely that systemd started it.
deadline=$((SECONDS + [=healthCheckTimeoutSeconds]))
until curl -fsS --max-time 5 -o /dev/null [=shellQuote("http://127.0.0.1:" + servicePort + healthCheckPath)]; do
  if (( SECONDS >= deadline )); then
    echo "[=serviceName] did not answer on port [=servicePort] within [=healthCheckTimeoutSeconds] seconds" >&2
    # A failing command, unlike exit, goes through the ERR trap and so signals the failure.
    false
  fi
  sleep 5
done
[/#if]

/opt/aws/bin/cfn-signal -e 0 --stack [=shellQuote(stackName)] --resource [=shellQuote(resourceLogicalId)] --region [=shellQuote(region)]
