"""Validates Istio resources with the pydantic models of cloudcoil-models-istio (generated from the
Istio CRDs), and rejects unknown keys, which those models accept silently: every key is compared
with the fields (by alias) of the model class at its position.

Usage: python3 check_istio.py FILE... ; prints one line per problem, exits 1 when there is any.
"""
import importlib
import sys
import types
import typing

import pydantic
import yaml


def is_model(annotation):
    return isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel)


def walk(value, annotation, path, errors):
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return walk(value, args[0], path, errors)
    if origin in (typing.Union, types.UnionType):
        # A oneOf in the CRD becomes a union of models: judge the value by the alternative it fits best.
        best = None
        for candidate in (a for a in args if a is not type(None)):
            candidate_origin = typing.get_origin(candidate)
            fits = (isinstance(value, dict) and (is_model(candidate) or candidate_origin is dict)) or (
                isinstance(value, list) and candidate_origin is list
            )
            if fits:
                found = []
                walk(value, candidate, path, found)
                if best is None or len(found) < len(best):
                    best = found
        errors.extend(best or [])
        return None
    if origin is list and isinstance(value, list):
        for index, item in enumerate(value):
            walk(item, args[0], f"{path}[{index}]", errors)
    elif origin is dict and isinstance(value, dict) and len(args) == 2:
        for key, item in value.items():
            walk(item, args[1], f"{path}.{key}", errors)
    elif is_model(annotation) and issubclass(annotation, pydantic.RootModel):
        walk(value, annotation.model_fields["root"].annotation, path, errors)
    elif is_model(annotation) and isinstance(value, dict):
        fields = {(field.alias or name): field for name, field in annotation.model_fields.items()}
        for key, item in value.items():
            if key not in fields:
                errors.append(f"{path}.{key}: unknown field of {annotation.__name__}")
            else:
                walk(item, fields[key].annotation, f"{path}.{key}", errors)
    return None


def check(document):
    group, version = document["apiVersion"].split("/")
    if not group.endswith(".istio.io"):
        return [f"{document['apiVersion']}: not an Istio group"]
    module = importlib.import_module(f"cloudcoil.models.istio.{group.split('.')[0]}.{version}")
    resource = getattr(module, document["kind"])
    errors = []
    try:
        resource.model_validate(document)
    except pydantic.ValidationError as error:
        errors.append(str(error))
    walk(document, resource, document["kind"], errors)
    return errors


def main(paths):
    failed = False
    for path in paths:
        with open(path, encoding="utf-8") as file:
            for document in yaml.safe_load_all(file):
                if not document:
                    continue
                name = f"{path}: {document.get('kind')}/{document.get('metadata', {}).get('name')}"
                errors = check(document)
                failed = failed or bool(errors)
                print(("FAIL " if errors else "OK ") + name)
                for error in errors:
                    print("  " + error)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
