"""The deployment files agree with each other and with the code: docker-compose.yml, deploy/k8s, deploy/prometheus,
deploy/grafana, deploy/Dockerfile and docs/deploy.md.

Each service has one ops port and one set of TOCSIN_* variables; Prometheus scrapes those ports under the job names
the alerting rules use; the rules and the dashboard query only metrics declared in shared/metrics.py, with their
declared labels. promtool checks and unit-tests the rules when it is installed.
"""

from __future__ import annotations

import importlib
import ipaddress
import json
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from prometheus_client import Counter, Gauge, Histogram

from shared.contracts.models import FeedConfig
from shared.settings import ENV_PREFIX, CommonSettings

REPO = Path(__file__).resolve().parents[2]
COMPOSE_FILE = REPO / "docker-compose.yml"
K8S_DIR = REPO / "deploy" / "k8s"
PROMETHEUS_DIR = REPO / "deploy" / "prometheus"
GRAFANA_DIR = REPO / "deploy" / "grafana"
DOCKERFILE = REPO / "deploy" / "Dockerfile"
DEPLOY_DOC = REPO / "docs" / "deploy.md"

# The contract every deployment follows: one ops port per service (TOCSIN_OPS_PORT) ...
OPS_PORTS = {"poller": 9101, "processor": 9102, "alerter": 9103}
K8S_REPLICAS = {"poller": 2, "processor": 2, "alerter": 1}
# ... and the same variables for every service, plus the few a service adds.
COMMON_ENV = frozenset(
    {
        "TOCSIN_KAFKA_BOOTSTRAP",
        "TOCSIN_REDIS_URL",
        "TOCSIN_TOPIC_PREFIX",
        "TOCSIN_LOG_LEVEL",
        "TOCSIN_PARTITIONS",
        "TOCSIN_OPS_HOST",
        "TOCSIN_OPS_PORT",
    }
)
SERVICE_ENV = {
    "poller": frozenset({"TOCSIN_POLLER_FEEDS_FILE", "TOCSIN_POLLER_ALLOW_NETWORKS"}),
    "processor": frozenset(),
    "alerter": frozenset(),
}
# Labels Prometheus adds to every series, and the histogram bucket label.
SCRAPE_LABELS = frozenset({"job", "instance", "le"})
METRIC_NAME = re.compile(r"\btocsin_[a-z0-9_]+")


def expected_env(service: str) -> set[str]:
    return set(COMMON_ENV | SERVICE_ENV[service])


def load_yaml_documents(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [doc for doc in yaml.safe_load_all(f) if doc]


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    with COMPOSE_FILE.open(encoding="utf-8") as f:
        data: dict[str, Any] = yaml.safe_load(f)  # PyYAML resolves the file's `<<:` merge keys
    return data


@pytest.fixture(scope="module")
def k8s_objects() -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for path in sorted(K8S_DIR.glob("*.yaml")):
        if path.name != "kustomization.yaml":
            objects.extend(load_yaml_documents(path))
    return objects


def k8s_find(objects: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    found = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind} named {name}, found {len(found)}"
    return found[0]


def compose_env(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):  # the `- KEY=value` form
        env = dict(item.split("=", 1) for item in env)
    return {key: "" if value is None else str(value) for key, value in env.items()}


def k8s_container_env(objects: list[dict[str, Any]], container: dict[str, Any]) -> dict[str, str]:
    """The container's environment as Kubernetes builds it: envFrom ConfigMaps first, then `env` overrides."""
    env: dict[str, str] = {}
    for source in container.get("envFrom", []):
        config_map = k8s_find(objects, "ConfigMap", source["configMapRef"]["name"])
        env.update({key: str(value) for key, value in config_map["data"].items()})
    for item in container.get("env", []):
        env[item["name"]] = str(item.get("value", ""))
    return env


def declared_series() -> dict[str, frozenset[str]]:
    """Every series name shared/metrics.py exposes, with the labels it declares."""
    metrics = importlib.import_module("shared.metrics")
    series: dict[str, frozenset[str]] = {}
    for metric in vars(metrics).values():
        suffixes: tuple[str, ...]
        if isinstance(metric, Counter):
            suffixes = ("_total", "_created")
        elif isinstance(metric, Histogram):
            suffixes = ("_bucket", "_sum", "_count", "_created")
        elif isinstance(metric, Gauge):
            suffixes = ("",)
        else:
            continue
        for suffix in suffixes:
            series[metric._name + suffix] = frozenset(metric._labelnames)
    return series


def grouping_labels(query: str) -> set[str]:
    """Labels a PromQL query groups or matches on: `by (...)`, `on (...)`, `without (...)`."""
    groups = re.findall(r"\b(?:by|on|without|ignoring)\s*\(([^)]*)\)", query)
    return {label.strip() for group in groups for label in group.split(",") if label.strip()}


def query_labels(query: str, series: dict[str, frozenset[str]]) -> set[str]:
    """Labels the tocsin series of a query can carry."""
    labels = set(SCRAPE_LABELS)
    for name in METRIC_NAME.findall(query):
        labels |= series.get(name, frozenset())
    return labels


def check_feeds_toml(text: str) -> list[dict[str, Any]]:
    feeds: list[dict[str, Any]] = tomllib.loads(text)["feeds"]
    assert feeds, "the feed list is empty"
    known_fields = set(FeedConfig.__struct_fields__)
    for feed in feeds:
        assert {"feed_id", "url"} <= feed.keys()
        assert set(feed) <= known_fields, f"unknown FeedConfig fields: {set(feed) - known_fields}"
    return feeds


# --- settings ---------------------------------------------------------------------------------------------------


def test_common_variables_are_settings_fields() -> None:
    fields = {ENV_PREFIX + name.upper() for name in CommonSettings.model_fields}
    assert fields >= COMMON_ENV, f"not read by CommonSettings: {sorted(COMMON_ENV - fields)}"


@pytest.mark.parametrize("service", sorted(SERVICE_ENV))
def test_service_variables_are_read_by_the_service_settings(service: str) -> None:
    """When the service's settings module exists, it reads the variables the manifests set for it."""
    settings_classes: list[type[CommonSettings]] = []
    for module_name in (f"services.{service}.settings", f"services.{service}.config"):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name is not None and module_name.startswith(exc.name):
                continue  # the module does not exist (yet)
            raise
        settings_classes += [
            value
            for value in vars(module).values()
            if isinstance(value, type) and issubclass(value, CommonSettings) and value is not CommonSettings
        ]
    if not settings_classes:
        pytest.skip(f"services/{service} has no settings module yet")
    read: set[str] = set()
    for cls in settings_classes:
        prefix = str(cls.model_config.get("env_prefix", ENV_PREFIX))
        for name, field in cls.model_fields.items():
            alias = field.validation_alias
            read.add(alias.upper() if isinstance(alias, str) else (prefix + name).upper())
        # Without TOCSIN_OPS_PORT the service listens on the port the manifests give it.
        default_port = getattr(cls(ops_port=0), "effective_ops_port", None)
        if default_port is not None:
            assert default_port == OPS_PORTS[service]
    assert read >= expected_env(service), f"{service} ignores {sorted(expected_env(service) - read)}"


# --- docker-compose.yml -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("service", sorted(OPS_PORTS))
def test_compose_service_env_ports_and_health(compose: dict[str, Any], service: str) -> None:
    spec = compose["services"][service]
    port = OPS_PORTS[service]
    env = compose_env(spec)
    assert set(env) == expected_env(service)
    assert env["TOCSIN_OPS_PORT"] == str(port)
    assert env["TOCSIN_OPS_HOST"] == "0.0.0.0"  # reachable from Prometheus and the health check
    assert spec["command"][0] == service
    assert str(port) in [str(p) for p in spec.get("expose", [])]
    assert any(f"127.0.0.1:{port}/healthz" in part for part in spec["healthcheck"]["test"])
    for dependency in ("kafka", "redis"):
        assert spec["depends_on"][dependency]["condition"] == "service_healthy"
    assert spec["build"]["dockerfile"] == str(DOCKERFILE.relative_to(REPO))
    assert spec["image"] == compose["services"]["poller"]["image"]  # one image for every service


def test_compose_points_services_at_its_kafka_and_redis(compose: dict[str, Any]) -> None:
    services = compose["services"]
    kafka_env = services["kafka"]["environment"]
    advertised = str(kafka_env["KAFKA_ADVERTISED_LISTENERS"]).split(",")
    for service in OPS_PORTS:
        env = compose_env(services[service])
        assert f"PLAINTEXT://{env['TOCSIN_KAFKA_BOOTSTRAP']}" in advertised
        redis = urlsplit(env["TOCSIN_REDIS_URL"])
        assert redis.scheme == "redis" and redis.hostname == "redis" and redis.port == 6379


def test_compose_kafka_matches_the_local_broker(compose: dict[str, Any]) -> None:
    """Same Kafka version as deploy/kafka/pom.xml; the host listener is the port the local scripts use."""
    pom = ET.parse(REPO / "deploy" / "kafka" / "pom.xml")
    version = pom.findtext(
        "{http://maven.apache.org/POM/4.0.0}properties/{http://maven.apache.org/POM/4.0.0}kafka.version"
    )
    kafka = compose["services"]["kafka"]
    assert kafka["image"] == f"apache/kafka:{version}"
    env = kafka["environment"]
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"  # KRaft combined mode, one node
    assert "HOST://127.0.0.1:19092" in env["KAFKA_ADVERTISED_LISTENERS"].split(",")
    assert "127.0.0.1:19092:19092" in kafka["ports"]
    assert re.fullmatch(r"[A-Za-z0-9_-]{22}", env["CLUSTER_ID"]), "a KRaft cluster id is a base64 UUID"


def test_compose_redis_uses_aof_every_second(compose: dict[str, Any]) -> None:
    redis = compose["services"]["redis"]
    command = redis["command"]
    assert command[command.index("--appendonly") + 1] == "yes"
    assert command[command.index("--appendfsync") + 1] == "everysec"
    assert redis["image"].startswith("redis:7")


def test_compose_poller_feeds_come_from_the_demo_server(compose: dict[str, Any]) -> None:
    services = compose["services"]
    poller = services["poller"]
    [mount] = poller["configs"]
    assert mount["target"] == compose_env(poller)["TOCSIN_POLLER_FEEDS_FILE"]
    demo = services["demo-feeds"]
    demo_port = int(demo["command"][demo["command"].index("--port") + 1])
    # The SSRF guard is opened for the demo server's fixed address only.
    demo_address = demo["networks"]["default"]["ipv4_address"]
    assert compose_env(poller)["TOCSIN_POLLER_ALLOW_NETWORKS"] == f"{demo_address}/32"
    [subnet] = compose["networks"]["default"]["ipam"]["config"]
    assert ipaddress.ip_address(demo_address) in ipaddress.ip_network(subnet["subnet"])
    for feed in check_feeds_toml(compose["configs"][mount["source"]]["content"]):
        url = urlsplit(feed["url"])
        assert (url.hostname, url.port) == ("demo-feeds", demo_port)


def test_compose_mounts_and_volumes_exist(compose: dict[str, Any]) -> None:
    declared_volumes = set(compose.get("volumes", {}))
    for name, spec in compose["services"].items():
        for volume in spec.get("volumes", []):
            source = volume.split(":", 1)[0]
            if source.startswith("."):
                assert (REPO / source).exists(), f"{name} mounts missing {source}"
            else:
                assert source in declared_volumes, f"{name} uses undeclared volume {source}"
    prometheus_config = next(
        arg.split("=", 1)[1] for arg in compose["services"]["prometheus"]["command"] if arg.startswith("--config.file=")
    )
    assert (PROMETHEUS_DIR / Path(prometheus_config).name).is_file()


def test_dockerfile_builds_one_image_for_every_service() -> None:
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim\b", text, re.MULTILINE)
    exposed = {int(p) for line in re.findall(r"^EXPOSE (.+)$", text, re.MULTILINE) for p in line.split()}
    assert exposed >= set(OPS_PORTS.values())
    assert 'ENTRYPOINT ["tocsin"]' in text
    with (REPO / "pyproject.toml").open("rb") as f:
        assert "tocsin" in tomllib.load(f)["project"]["scripts"]
    for source in re.findall(r"^COPY (\S+) ", text, re.MULTILINE):
        assert (REPO / source).exists(), f"Dockerfile copies missing {source}"


# --- deploy/k8s -------------------------------------------------------------------------------------------------


def test_kustomization_lists_every_manifest() -> None:
    [kustomization] = load_yaml_documents(K8S_DIR / "kustomization.yaml")
    manifests = {p.name for p in K8S_DIR.glob("*.yaml")} - {"kustomization.yaml"}
    assert set(kustomization["resources"]) == manifests


def test_k8s_objects_share_one_namespace(k8s_objects: list[dict[str, Any]]) -> None:
    namespace = k8s_find(k8s_objects, "Namespace", "tocsin")["metadata"]["name"]
    for obj in k8s_objects:
        if obj["kind"] != "Namespace":
            assert obj["metadata"]["namespace"] == namespace, obj["metadata"]["name"]


@pytest.mark.parametrize("service", sorted(OPS_PORTS))
def test_k8s_deployment_env_ports_probes_and_scraping(k8s_objects: list[dict[str, Any]], service: str) -> None:
    port = OPS_PORTS[service]
    deployment = k8s_find(k8s_objects, "Deployment", service)
    assert deployment["spec"]["replicas"] == K8S_REPLICAS[service]
    pod = deployment["spec"]["template"]
    selector = deployment["spec"]["selector"]["matchLabels"]
    assert selector.items() <= pod["metadata"]["labels"].items()
    annotations = pod["metadata"]["annotations"]
    assert annotations["prometheus.io/scrape"] == "true"
    assert annotations["prometheus.io/port"] == str(port)
    assert annotations["prometheus.io/path"] == "/metrics"

    [container] = pod["spec"]["containers"]
    assert container["args"] == [service]
    [ops] = container["ports"]
    assert (ops["name"], ops["containerPort"]) == ("ops", port)
    env = k8s_container_env(k8s_objects, container)
    assert set(env) == expected_env(service)
    assert env["TOCSIN_OPS_PORT"] == str(port)
    assert env["TOCSIN_OPS_HOST"] == "0.0.0.0"
    for probe in ("readinessProbe", "livenessProbe"):
        check = container[probe]["httpGet"]
        assert check["path"] == "/healthz"
        assert check["port"] in ("ops", port)

    mounts = {m["name"]: m["mountPath"] for m in container.get("volumeMounts", [])}
    volumes = {v["name"]: v for v in pod["spec"].get("volumes", [])}
    assert set(mounts) == set(volumes)
    for volume in volumes.values():
        if "configMap" in volume:
            k8s_find(k8s_objects, "ConfigMap", volume["configMap"]["name"])

    service_obj = k8s_find(k8s_objects, "Service", service)
    assert service_obj["spec"]["selector"].items() <= pod["metadata"]["labels"].items()
    [service_port] = service_obj["spec"]["ports"]
    assert service_port["port"] == port and service_port["targetPort"] in ("ops", port)


def test_k8s_poller_reads_its_feeds_from_the_configmap(k8s_objects: list[dict[str, Any]]) -> None:
    pod = k8s_find(k8s_objects, "Deployment", "poller")["spec"]["template"]["spec"]
    [container] = pod["containers"]
    feeds_file = Path(k8s_container_env(k8s_objects, container)["TOCSIN_POLLER_FEEDS_FILE"])
    [mount] = [m for m in container["volumeMounts"] if Path(m["mountPath"]) == feeds_file.parent]
    [volume] = [v for v in pod["volumes"] if v["name"] == mount["name"]]
    config_map = k8s_find(k8s_objects, "ConfigMap", volume["configMap"]["name"])
    check_feeds_toml(config_map["data"][feeds_file.name])


@pytest.mark.parametrize("service", sorted(OPS_PORTS))
def test_compose_and_k8s_set_the_same_variables(
    compose: dict[str, Any], k8s_objects: list[dict[str, Any]], service: str
) -> None:
    [container] = k8s_find(k8s_objects, "Deployment", service)["spec"]["template"]["spec"]["containers"]
    k8s_env = k8s_container_env(k8s_objects, container)
    assert set(compose_env(compose["services"][service])) == set(k8s_env)


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl is not installed")
def test_kustomize_renders_every_object() -> None:
    result = subprocess.run(
        ["kubectl", "kustomize", str(K8S_DIR)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    kinds = sorted(doc["kind"] for doc in yaml.safe_load_all(result.stdout) if doc)
    assert kinds.count("Deployment") == len(OPS_PORTS)
    assert kinds.count("Service") == len(OPS_PORTS)


# --- deploy/prometheus ------------------------------------------------------------------------------------------


def scrape_jobs(config_name: str) -> dict[str, dict[str, Any]]:
    [config] = load_yaml_documents(PROMETHEUS_DIR / config_name)
    assert config["rule_files"] == ["rules.yml"]
    return {job["job_name"]: job for job in config["scrape_configs"]}


def test_local_prometheus_scrapes_the_loopback_ops_ports() -> None:
    jobs = scrape_jobs("prometheus.yml")
    assert set(jobs) == {f"tocsin-{service}" for service in OPS_PORTS}
    for service, port in OPS_PORTS.items():
        [static] = jobs[f"tocsin-{service}"]["static_configs"]
        assert static["targets"] == [f"127.0.0.1:{port}"]


def test_compose_prometheus_finds_every_replica_by_service_name(compose: dict[str, Any]) -> None:
    jobs = scrape_jobs("prometheus-compose.yml")
    assert set(jobs) == {f"tocsin-{service}" for service in OPS_PORTS}
    for service, port in OPS_PORTS.items():
        [dns] = jobs[f"tocsin-{service}"]["dns_sd_configs"]
        assert dns["names"] == [service] and dns["port"] == port
        assert service in compose["services"]


def apply_relabel(rules: list[dict[str, Any]], labels: dict[str, str]) -> dict[str, str] | None:
    """The `keep` and `replace` relabel actions as Prometheus applies them (anchored regexes)."""
    labels = dict(labels)
    for rule in rules:
        value = rule.get("separator", ";").join(labels.get(name, "") for name in rule["source_labels"])
        match = re.fullmatch(rule.get("regex", "(.*)"), value)
        action = rule.get("action", "replace")
        if action == "keep":
            if match is None:
                return None
        elif action == "replace":
            if match is not None:
                replacement = re.sub(r"\$(\d+)", r"\\\1", rule.get("replacement", "$1"))
                labels[rule["target_label"]] = match.expand(replacement)
        else:
            raise AssertionError(f"relabel action {action} is not simulated here")
    return labels


@pytest.mark.parametrize("service", sorted(OPS_PORTS))
def test_k8s_prometheus_relabels_pods_to_the_rules_job_names(k8s_objects: list[dict[str, Any]], service: str) -> None:
    [job] = scrape_jobs("prometheus-k8s.yml").values()
    [sd] = job["kubernetes_sd_configs"]
    namespace = k8s_find(k8s_objects, "Deployment", service)["metadata"]["namespace"]
    assert sd["namespaces"]["names"] == [namespace]
    pod = k8s_find(k8s_objects, "Deployment", service)["spec"]["template"]["metadata"]
    discovered = {
        "__address__": f"10.0.0.7:{OPS_PORTS[service]}",
        "__meta_kubernetes_pod_name": f"{service}-abc",
        **{
            "__meta_kubernetes_pod_annotation_" + re.sub(r"[^a-zA-Z0-9_]", "_", key): value
            for key, value in pod["annotations"].items()
        },
        **{
            "__meta_kubernetes_pod_label_" + re.sub(r"[^a-zA-Z0-9_]", "_", key): value
            for key, value in pod["labels"].items()
        },
    }
    target = apply_relabel(job["relabel_configs"], discovered)
    assert target is not None
    assert target["job"] == f"tocsin-{service}"
    assert target["__address__"] == f"10.0.0.7:{OPS_PORTS[service]}"
    assert target["__metrics_path__"] == "/metrics"
    unannotated = {k: v for k, v in discovered.items() if "annotation_prometheus_io_scrape" not in k}
    assert apply_relabel(job["relabel_configs"], unannotated) is None


def test_rules_use_declared_metrics_and_labels() -> None:
    series = declared_series()
    [rules] = load_yaml_documents(PROMETHEUS_DIR / "rules.yml")
    names = {rule["alert"] for group in rules["groups"] for rule in group["rules"]}
    assert {
        "TocsinServiceDown",
        "TocsinDeadLettersRising",
        "TocsinFeedFailing",
        "TocsinNoNewArticles",
        "TocsinAlertLatencyHigh",
    } <= names
    for group in rules["groups"]:
        for rule in group["rules"]:
            for name in METRIC_NAME.findall(rule["expr"]):
                assert name in series, f"{rule['alert']} uses undeclared metric {name}"
            for job in re.findall(r'job="([^"]+)"', rule["expr"]):
                assert job in {f"tocsin-{service}" for service in OPS_PORTS}
            assert grouping_labels(rule["expr"]) <= query_labels(rule["expr"], series), rule["alert"]


def test_rule_tests_feed_declared_series() -> None:
    """Input series of rules_test.yml carry only the labels shared/metrics.py declares."""
    series = declared_series()
    [tests] = load_yaml_documents(PROMETHEUS_DIR / "rules_test.yml")
    for case in tests["tests"]:
        for item in case["input_series"]:
            match = re.fullmatch(r"(\w+)\{(.*)\}", item["series"])
            assert match is not None, item["series"]
            name, label_text = match.groups()
            labels = set(re.findall(r"(\w+)=", label_text))
            if name.startswith("tocsin_"):
                assert name in series, f"{case['name']}: undeclared metric {name}"
                assert labels - SCRAPE_LABELS == series[name], f"{case['name']}: labels of {name}"


@pytest.mark.skipif(shutil.which("promtool") is None, reason="promtool is not installed (Debian: prometheus)")
def test_promtool_checks_configs_and_rule_tests() -> None:
    result = subprocess.run(
        [str(PROMETHEUS_DIR / "check.sh")], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


# --- deploy/grafana ---------------------------------------------------------------------------------------------


def dashboard_queries() -> list[str]:
    queries: list[str] = []
    for path in sorted((GRAFANA_DIR / "dashboards").glob("*.json")):
        dashboard = json.loads(path.read_text(encoding="utf-8"))
        for panel in dashboard["panels"]:
            queries += [target["expr"] for target in panel.get("targets", [])]
    return queries


def test_dashboard_queries_declared_metrics_and_labels() -> None:
    series = declared_series()
    queries = dashboard_queries()
    assert queries
    used_metrics: set[str] = set()
    for query in queries:
        for name in METRIC_NAME.findall(query):
            assert name in series, f"dashboard uses undeclared metric {name}"
            used_metrics.add(name)
        assert grouping_labels(query) <= query_labels(query, series), query
    # Every declared metric family is on the dashboard (a new metric gets a panel).
    families = {re.sub(r"_(total|bucket|sum|count|created)$", "", name) for name in series}
    shown = {re.sub(r"_(total|bucket|sum|count|created)$", "", name) for name in used_metrics}
    assert families - shown == set()


def test_grafana_provisioning_matches_compose(compose: dict[str, Any]) -> None:
    [datasources] = load_yaml_documents(GRAFANA_DIR / "provisioning" / "datasources" / "prometheus.yml")
    [datasource] = datasources["datasources"]
    url = urlsplit(datasource["url"])
    assert url.hostname == "prometheus" and url.port == 9090
    assert any(port.endswith(":9090") for port in compose["services"]["prometheus"]["ports"])
    for path in (GRAFANA_DIR / "dashboards").glob("*.json"):
        for panel in json.loads(path.read_text(encoding="utf-8"))["panels"]:
            if "datasource" in panel:
                assert panel["datasource"]["uid"] == datasource["uid"]
    [providers] = load_yaml_documents(GRAFANA_DIR / "provisioning" / "dashboards" / "tocsin.yml")
    [provider] = providers["providers"]
    mounts = dict(v.split(":")[:2] for v in compose["services"]["grafana"]["volumes"] if v.startswith("."))
    assert mounts["./deploy/grafana/dashboards"] == provider["options"]["path"]


# --- docs -------------------------------------------------------------------------------------------------------


def test_deploy_doc_names_every_variable_and_port() -> None:
    text = DEPLOY_DOC.read_text(encoding="utf-8")
    for variable in sorted(COMMON_ENV.union(*SERVICE_ENV.values())):
        assert f"`{variable}`" in text, f"docs/deploy.md does not document {variable}"
    for port in OPS_PORTS.values():
        assert str(port) in text
