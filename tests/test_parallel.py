"""The extraction map in one process, in N processes and on a Dask cluster: one graph."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from csto_graph.pipeline.parallel import map_in_order
from csto_graph.pipeline.build import BuildConfig, build

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def pid_and_square(n: int) -> tuple[int, int]:
    return os.getpid(), n * n


def test_results_come_back_in_input_order_from_worker_processes():
    got = list(map_in_order(pid_and_square, range(12), jobs=2))
    assert [sq for _, sq in got] == [n * n for n in range(12)]
    assert os.getpid() not in {pid for pid, _ in got}


def test_one_job_runs_in_this_process():
    assert {pid for pid, _ in map_in_order(pid_and_square, range(3))} == {os.getpid()}


@pytest.fixture(scope="module")
def single(tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("single") / "out"
    build([CORPUS], out, BuildConfig(render=False))
    return (out / "graph.nt").read_bytes()


@pytest.mark.model
def test_two_jobs_give_the_same_graph_bytes(single, tmp_path):
    build([CORPUS], tmp_path / "out", BuildConfig(render=False, jobs=2))
    assert (tmp_path / "out" / "graph.nt").read_bytes() == single


@pytest.mark.model
@pytest.mark.slow
def test_a_dask_cluster_gives_the_same_graph_bytes(single, tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                                  local_directory=str(tmp_path / "dask")) as cluster:
        build([CORPUS], tmp_path / "out", BuildConfig(render=False, scheduler=cluster.scheduler_address))
    assert (tmp_path / "out" / "graph.nt").read_bytes() == single
