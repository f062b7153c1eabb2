# Docker from the Amazon Linux repository; Consul from HashiCorp's; every other daemon is a
# container pinned to a tag. Containers log to the cluster's log group.
dnf install -y docker dnf-plugins-core aws-cfn-bootstrap
dnf config-manager --add-repo https://rpm.releases.hashicorp.com/AmazonLinux/hashicorp.repo
dnf install -y consul-[=consulVersion][#if role == "agent"] consul-template-[=consulTemplateVersion][/#if]

mkdir -p /etc/docker
cat > /etc/docker/daemon.json <<'DOCKER'
{
  "log-driver": "awslogs",
  "log-opts": {
    "awslogs-region": "[=region]",
    "awslogs-group": "[=logGroupName]",
    "tag": "{{.Name}}/{{.ID}}"
  }
}
DOCKER
systemctl enable --now docker

# Consul listens for clients on the loopback only: registrator, consul-template and Prometheus
# run on the node they query, so ports 8500 and 8600 stay closed to the network.
cat > /etc/consul.d/consul.hcl <<CONSUL
datacenter = "[=clusterName]"
data_dir = "/opt/consul"
bind_addr = "${node_ip}"
advertise_addr = "${node_ip}"
client_addr = "127.0.0.1"
retry_join = [[#list consulServerIps as ip]"[=ip]"[#sep], [/#list]]
leave_on_terminate = true
[#if consulServer]
server = true
bootstrap_expect = [=consulServerCount]
[/#if]
CONSUL
cat > /etc/consul.d/node-exporter.json <<'SERVICE'
{"service": {"name": "node-exporter", "port": 9100, "tags": ["[=role]"]}}
SERVICE
chown -R consul:consul /etc/consul.d
systemctl enable --now consul

docker run -d --name node-exporter --restart=always --net=host --pid=host \
  -v /:/host:ro,rslave [=images.nodeExporter] --path.rootfs=/host
