# The policygraph CLI and dashboard (docker-compose.yml runs it next to Neo4j).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY . /app
RUN pip install . \
 && useradd --create-home --uid 10001 policygraph
USER policygraph
WORKDIR /home/policygraph

EXPOSE 8501
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=5 \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4)" || exit 1
ENTRYPOINT ["policygraph"]
CMD ["dashboard", "--host", "0.0.0.0", "--port", "8501"]
