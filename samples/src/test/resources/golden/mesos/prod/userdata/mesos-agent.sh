#!/bin/bash
# User data for an agent of Mesos cluster mesos, rendered by Plinth from mesos-agent.sh.ftl.
set -euo pipefail

# Report a failure to CloudFormation at once instead of leaving the creation policy to time out.
trap '/opt/aws/bin/cfn-signal -e $? --stack mesos-prod-mesos --resource MesosAgentGroup --region eu-west-2' ERR

imds_token=$(curl -sSf -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')
node_ip=$(curl -sSf -H "X-aws-ec2-metadata-token: ${imds_token}" http://169.254.169.254/latest/meta-data/local-ipv4)
# Docker from the Amazon Linux repository; Consul from HashiCorp's; every other daemon is a
# container pinned to a tag. Containers log to the cluster's log group.
dnf install -y docker dnf-plugins-core aws-cfn-bootstrap
dnf config-manager --add-repo https://rpm.releases.hashicorp.com/AmazonLinux/hashicorp.repo
dnf install -y consul-1.18.2 consul-template-0.39.1

mkdir -p /etc/docker
cat > /etc/docker/daemon.json <<'DOCKER'
{
  "log-driver": "awslogs",
  "log-opts": {
    "awslogs-region": "eu-west-2",
    "awslogs-group": "/plinth/mesos/prod/mesos",
    "tag": "{{.Name}}/{{.ID}}"
  }
}
DOCKER
systemctl enable --now docker

# Consul listens for clients on the loopback only: registrator, consul-template and Prometheus
# run on the node they query, so ports 8500 and 8600 stay closed to the network.
cat > /etc/consul.d/consul.hcl <<CONSUL
datacenter = "mesos"
data_dir = "/opt/consul"
bind_addr = "${node_ip}"
advertise_addr = "${node_ip}"
client_addr = "127.0.0.1"
retry_join = ["10.70.16.10", "10.70.32.10", "10.70.48.10"]
leave_on_terminate = true
CONSUL
cat > /etc/consul.d/node-exporter.json <<'SERVICE'
{"service": {"name": "node-exporter", "port": 9100, "tags": ["agent"]}}
SERVICE
chown -R consul:consul /etc/consul.d
systemctl enable --now consul

docker run -d --name node-exporter --restart=always --net=host --pid=host \
  -v /:/host:ro,rslave prom/node-exporter:v1.8.1 --path.rootfs=/host

# Tasks run as Docker containers; Mesos offers host ports 31000-32000 to them.
mkdir -p /var/lib/mesos /var/log/mesos
docker run -d --name mesos-agent --restart=always --net=host --pid=host --privileged \
  -e MESOS_MASTER=zk://10.70.16.10:2181,10.70.32.10:2181,10.70.48.10:2181/mesos \
  -e MESOS_IP="${node_ip}" \
  -e MESOS_HOSTNAME="${node_ip}" \
  -e MESOS_PORT=5051 \
  -e MESOS_CONTAINERIZERS=docker,mesos \
  -e MESOS_RESOURCES='ports:[31000-32000]' \
  -e MESOS_SYSTEMD_ENABLE_SUPPORT=false \
  -e MESOS_WORK_DIR=/var/lib/mesos \
  -e MESOS_LOG_DIR=/var/log/mesos \
  -v /var/run/docker.sock:/var/run/docker.sock \
  -v /sys/fs/cgroup:/sys/fs/cgroup \
  -v /var/lib/mesos:/var/lib/mesos -v /var/log/mesos:/var/log/mesos \
  mesosphere/mesos-slave:1.11.0

# Every container's published ports become Consul services at this node's address.
docker run -d --name registrator --restart=always --net=host \
  -v /var/run/docker.sock:/tmp/docker.sock \
  gliderlabs/registrator:v7 -ip "${node_ip}" -resync 60 consul://127.0.0.1:8500

# HAProxy starts with no backends; consul-template rewrites its configuration whenever the
# catalog changes and reloads it. Services opt in with the Consul tag "proxy" and are routed
# by host name: <service>.<anything> reaches every instance of <service>.
mkdir -p /etc/haproxy /etc/consul-template.d
cat > /etc/consul-template.d/haproxy.cfg.ctmpl <<'HAPROXY'
global
  maxconn 4096

defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s

frontend services
  bind *:80
{{- range services}}{{if .Tags | contains "proxy"}}
  use_backend {{.Name}} if { hdr_beg(host) -i {{.Name}}. }
{{- end}}{{end}}
{{range services}}{{if .Tags | contains "proxy"}}
backend {{.Name}}
  balance roundrobin
{{- range service .Name}}
  server {{.Node}}-{{.Port}} {{.Address}}:{{.Port}} check
{{- end}}
{{end}}{{end}}
HAPROXY
cat > /etc/haproxy/haproxy.cfg <<'HAPROXY'
defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s

frontend services
  bind *:80
HAPROXY
docker run -d --name haproxy --restart=always -p 80:80 \
  --sysctl net.ipv4.ip_unprivileged_port_start=0 \
  -v /etc/haproxy:/usr/local/etc/haproxy:ro \
  haproxy:2.8.10

cat > /etc/consul-template.d/haproxy.hcl <<'TEMPLATE'
consul {
  address = "127.0.0.1:8500"
}

template {
  source      = "/etc/consul-template.d/haproxy.cfg.ctmpl"
  destination = "/etc/haproxy/haproxy.cfg"
  command     = ["/usr/bin/docker", "kill", "--signal=HUP", "haproxy"]
}
TEMPLATE
cat > /etc/systemd/system/consul-template.service <<'UNIT'
[Unit]
Description=consul-template: the HAProxy configuration from the Consul catalog
Requires=consul.service docker.service
After=consul.service docker.service

[Service]
ExecStart=/usr/bin/consul-template -config=/etc/consul-template.d/haproxy.hcl
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
UNIT
systemctl daemon-reload
systemctl enable --now consul-template

/opt/aws/bin/cfn-signal -e 0 --stack 'mesos-prod-mesos' --resource 'MesosAgentGroup' --region 'eu-west-2'
