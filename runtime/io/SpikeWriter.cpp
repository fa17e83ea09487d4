// SpikeWriter: formatting each spike straight into the StreamFile's buffer.
#include "io/SpikeWriter.h"

#include "io/CsvField.h"
#include "io/LittleEndian.h"
#include "io/NumberText.h"

namespace flux::rt {

std::unique_ptr<SpikeWriter> SpikeWriter::open(const std::string &path,
                                               std::vector<PopulationInfo> populations,
                                               std::string &error) {
  const std::optional<SpikeFormat> format = spikeFormatOf(path, error);
  if (!format)
    return nullptr;
  if (std::optional<std::string> problem = checkPopulations(populations)) {
    error = "cannot record spikes to '" + path + "': " + *problem;
    return nullptr;
  }
  std::unique_ptr<StreamFile> file = StreamFile::create(path, error);
  if (!file)
    return nullptr;
  std::unique_ptr<SpikeWriter> writer(
      new SpikeWriter(*format, std::move(file), std::move(populations)));
  writer->writeHeader();
  return writer;
}

SpikeWriter::SpikeWriter(SpikeFormat format, std::unique_ptr<StreamFile> file,
                         std::vector<PopulationInfo> populations)
    : format(format), file(std::move(file)), populations(std::move(populations)),
      index(this->populations) {
  for (const PopulationInfo &population : this->populations)
    csvNames.push_back(csvField(population.name));
}

void SpikeWriter::writeHeader() {
  std::string &out = file->buffer();
  if (format == SpikeFormat::Csv) {
    out += kCsvSpikeHeader;
    out += '\n';
  } else {
    out += fspk::kMagic;
    appendLe32(out, fspk::kVersion);
    appendLe32(out, static_cast<std::uint32_t>(populations.size()));
    appendLe64(out, fspk::kUnknownRecordCount);
    std::string table;
    for (const PopulationInfo &population : populations) {
      appendLe32(table, population.first);
      appendLe32(table, population.size);
      appendLe32(table, static_cast<std::uint32_t>(population.name.size()));
      table += population.name;
    }
    appendLe64(out, fspk::kHeaderBytes + table.size());
    out += table;
  }
  file->appended();
}

void SpikeWriter::writeCsvLine(double timeMs, std::uint32_t neuron) {
  std::string &out = file->buffer();
  appendShortest(out, timeMs);
  out += ',';
  appendInteger(out, neuron);
  out += ',';
  if (const std::optional<std::size_t> population = index.find(neuron)) {
    out += csvNames[*population];
    out += ',';
    appendInteger(out, neuron - populations[*population].first);
  } else {
    out += ',';
  }
  out += '\n';
}

void SpikeWriter::write(double timeMs, std::uint32_t neuron) {
  if (format == SpikeFormat::Csv) {
    writeCsvLine(timeMs, neuron);
  } else {
    std::string &out = file->buffer();
    appendLeDouble(out, timeMs);
    appendLe32(out, neuron);
  }
  ++written;
  file->appended();
}

bool SpikeWriter::finish(std::string &error) {
  if (!finished && format == SpikeFormat::Binary) {
    // The record count marks the file complete: a reader then knows no spike was lost.
    std::string count;
    appendLe64(count, written);
    file->writeAt(fspk::kRecordCountOffset, count);
  }
  finished = true;
  return file->close(error);
}

} // namespace flux::rt
