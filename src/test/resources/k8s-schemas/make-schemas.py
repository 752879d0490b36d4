#!/usr/bin/env python3
"""Makes the strict JSON schemas the manifests test validates k8s/ against, for the kinds k8s/ uses only.

Sources (read once, then vendored here):
  - Kubernetes 1.30 kinds: the JSON schemas inside fabric8's kubernetes-model-{core,apps,autoscaling,networking,policy}
    6.13.4 and openshift-model-monitoring 6.13.4 (ServiceMonitor) jars on Maven Central (schema/validation-schema.json);
  - CloudNativePG: the Cluster and ScheduledBackup CRDs (config/crd/bases in github.com/cloudnative-pg/cloudnative-pg,
    commit a95a534db of its main branch, read on 2026-11-25).
Made strict as the API server is (its CEL rules, x-kubernetes-validations, are left out: a JSON schema cannot say them): an object with listed properties takes no other (a misspelt field is an error, not
silently dropped), IntOrString and Quantity are what YAML writes (8080, "http", "256Mi"), and the Java-only keys go.

  python3 make-schemas.py FABRIC8_SCHEMA_DIR... --crd CRD.yaml...
"""
import json, sys, yaml, pathlib

OUT = pathlib.Path(__file__).parent
KINDS = {("apps/v1", "Deployment"), ("v1", "Service"), ("v1", "ConfigMap"), ("v1", "Secret"),
         ("autoscaling/v2", "HorizontalPodAutoscaler"), ("networking.k8s.io/v1", "Ingress"),
         ("networking.k8s.io/v1", "NetworkPolicy"), ("policy/v1", "PodDisruptionBudget"),
         ("monitoring.coreos.com/v1", "ServiceMonitor")}
SCALARS = {"IntOrString": {"type": ["integer", "string"]}, "Quantity": {"type": ["string", "integer", "number"]},
           "MicroTime": {"type": "string"}, "_Time": {"type": "string"}, "_Duration": {"type": "string"}}


def clean(node):
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k.startswith("java") or k in ("existingJavaType", "interfaceImpls"):
                continue
            if k == "required" and not isinstance(v, list):
                continue
            out[k] = clean(v)
        if out.get("type") == "object" and "properties" in out and not out.get("x-kubernetes-preserve-unknown-fields"):
            if not isinstance(out.get("additionalProperties"), dict):
                out["additionalProperties"] = False
        if out.get("x-kubernetes-int-or-string"):
            out["type"] = ["integer", "string"]
        # Kubernetes' own keywords (list types, CEL validations) mean nothing to a JSON schema validator.
        return {k: v for k, v in out.items() if not k.startswith("x-kubernetes-")}
    if isinstance(node, list):
        return [clean(v) for v in node]
    return node


def scalar(name):
    for suffix, schema in SCALARS.items():
        if name.endswith(suffix.lstrip("_")) if not suffix.startswith("_") else name.endswith(suffix):
            return schema
    return None


def refs(node, found):
    if isinstance(node, dict):
        if "$ref" in node:
            found.add(node["$ref"].split("/")[-1])
        for v in node.values():
            refs(v, found)
    elif isinstance(node, list):
        for v in node:
            refs(v, found)


def from_fabric8(dirs):
    definitions = {}
    for d in dirs:
        definitions.update(json.load(open(pathlib.Path(d) / "validation-schema.json"))["definitions"])
    for name, d in definitions.items():
        props = d.get("properties", {})
        key = (props.get("apiVersion", {}).get("default"), props.get("kind", {}).get("default"))
        if key not in KINDS or name.endswith("List"):
            continue
        wanted, queue = {}, [name]
        while queue:
            n = queue.pop()
            if n in wanted:
                continue
            wanted[n] = scalar(n) or clean(definitions[n])
            found = set()
            refs(wanted[n], found)
            queue.extend(found - wanted.keys())
        write(key, {"$schema": "http://json-schema.org/draft-07/schema#", "$ref": "#/definitions/" + name,
                    "definitions": wanted})


def from_crd(path):
    crd = yaml.safe_load(open(path))
    group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
    version = next(v for v in crd["spec"]["versions"] if v["name"] == "v1")
    schema = clean(version["schema"]["openAPIV3Schema"])
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    write((group + "/v1", kind), schema)


def write(key, schema):
    api, kind = key
    name = (api.replace("/", "-").replace(".", "-") + "-" + kind).lower() + ".json"
    (OUT / name).write_text(json.dumps(schema, indent=1, sort_keys=True) + "\n")
    print("wrote", name)


if __name__ == "__main__":
    args = sys.argv[1:]
    split = args.index("--crd") if "--crd" in args else len(args)
    from_fabric8(args[:split])
    for crd in args[split + 1:]:
        from_crd(crd)
